import AllyModel

/// The folding search compares names in, exactly as `Dataset.search` folds them, with a fast
/// path for plain ASCII text (where diacritic folding changes nothing).
enum SearchFolding {
    /// Lowercased, accents removed, dashes, dots and underscores as spaces, spaces collapsed.
    static func fold(_ s: String) -> String { Dataset.fold(s) }

    /// `fold(s)` as UTF-8 bytes, without building Strings, when `s` is printable ASCII; nil otherwise.
    static func foldASCII(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        return appendFoldedASCII(s, to: &out) ? out : nil
    }

    /// Appends `fold(s)`'s UTF-8 bytes to `out` and returns true when `s` is printable ASCII;
    /// otherwise returns false and leaves `out` as it was.
    static func appendFoldedASCII(_ s: String, to out: inout [UInt8]) -> Bool { Dataset.appendFoldedASCII(s, to: &out) }

    static func isPrintableASCII(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { (0x20...0x7E).contains($0) } }

    /// Whether folding leaves printable ASCII as its plain lowercase.
    static var asciiFoldingIsCaseOnly: Bool { Dataset.asciiFoldingIsCaseOnly }
}

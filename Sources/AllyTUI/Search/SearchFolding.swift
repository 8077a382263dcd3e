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
    static func appendFoldedASCII(_ s: String, to out: inout [UInt8]) -> Bool {
        guard asciiFoldingIsCaseOnly else { return false }
        var s = s
        // Contiguous UTF-8 (always true after makeContiguousUTF8) is much faster to walk than the view.
        s.makeContiguousUTF8()
        return s.utf8.withContiguousStorageIfAvailable { appendFoldedASCII($0, to: &out) } ?? false
    }

    private static func appendFoldedASCII(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        // Folded into scratch space first and appended once: a per-byte append costs more than the folding.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
            var count = 0
            var lastSpace = true
            for byte in bytes {
                guard byte >= 0x20 && byte <= 0x7E else { return false }
                let isSpace = byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x2E
                if isSpace {
                    if !lastSpace { scratch[count] = 0x20; count += 1 }
                } else {
                    scratch[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                lastSpace = isSpace
            }
            if count > 0 && scratch[count - 1] == 0x20 { count -= 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
            return true
        }
    }

    static func isPrintableASCII(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { (0x20...0x7E).contains($0) } }

    /// Whether folding leaves printable ASCII as its plain lowercase (checked once, so the fast
    /// path can never disagree with `fold`).
    static let asciiFoldingIsCaseOnly: Bool = {
        let printable = String(decoding: Array(UInt8(0x20)...UInt8(0x7E)), as: UTF8.self)
        let folded = printable.foldedForSearch()
        return Array(folded.utf8) == printable.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }()
}

/// Decides whether text from a dataset is safe to show in a terminal.
///
/// A dataset is untrusted input: it must never be able to move the cursor, change colours or
/// reorder what is shown. So C0/C1 controls (ESC included), DEL and bidirectional overrides are
/// rejected outright rather than stripped, and the error names the code point.
public enum TextSafety {
    /// Nil when the text is safe; otherwise what is wrong with it.
    public static func problem(in text: String) -> String? {
        // Nearly all dataset text is printable ASCII: settle that on the bytes, without decoding scalars.
        let printable = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if printable == true { return nil }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) {
                let name = v == 0x1B ? "an escape character (ESC)" : "a control character"
                return "contains \(name) U+\(hex(v)): expected printable text (terminal escape sequences are not allowed)"
            }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return "contains a bidirectional override U+\(hex(v)): expected plain text"
            }
            if v == 0xFFFD {
                return "is not valid UTF-8 (or contains U+FFFD): expected UTF-8 text"
            }
        }
        return nil
    }

    /// `text` with each control character (C0, DEL, C1 — ESC, BEL, OSC among them) and bidi
    /// override replaced by `?`: the one sanitizer for text that reaches a terminal from data,
    /// a config file or the user's own arguments (error messages quote all three).
    public static func printable(_ text: String) -> String {
        func unsafe(_ v: UInt32) -> Bool {
            v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        guard text.unicodeScalars.contains(where: { unsafe($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(unsafe(s.value) ? "?" : s) }
        return String(scalars)
    }

    /// `printable`, keeping line breaks (multi-line messages such as usage text).
    public static func printableLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { printable(String($0)) }.joined(separator: "\n")
    }

    private static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

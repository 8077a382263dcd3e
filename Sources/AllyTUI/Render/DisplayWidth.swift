/// Display width of text in terminal columns, without calling libc's locale-dependent wcwidth.
///
/// Zero for combining marks, zero-width characters and controls; two for East Asian wide and
/// emoji presentation characters; one otherwise. Good enough for names in our dataset and
/// safe for hostile input: the layout never trusts `String.count`.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        var width = 0
        for (i, scalar) in character.unicodeScalars.enumerated() {
            let w = of(scalar)
            if i == 0 { width = w } else if w == 2 && scalar.properties.isEmojiPresentation { width = 2 }
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII is one column a byte (most of our text).
        var printableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { printableASCII = false; break }
        if printableASCII { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6)
            || (v >= 0x1F300 && v <= 0x1F64F) || (v >= 0x1F900 && v <= 0x1F9FF)
            || (v >= 0x20000 && v <= 0x3FFFD)
    }
}

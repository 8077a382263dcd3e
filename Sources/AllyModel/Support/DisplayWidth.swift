/// Display width of text in terminal columns, without calling libc's locale-dependent wcwidth.
///
/// Text is laid out by grapheme cluster (Swift `Character`), never by scalar, so a flag, an
/// emoji ZWJ sequence, a skin tone or a letter with its marks is never cut in two. A cluster is
/// as wide as the terminal draws it through ncurses, which places a cell by the width of its
/// first scalar (wcwidth): zero for combining marks, zero-width characters and controls; two
/// for East Asian wide characters and emoji presentation characters (🚀, 👨, 👍 — as glibc's
/// wcwidth says); one otherwise. The exception is a flag, a pair of regional indicators: one
/// column each to wcwidth, two for the pair in terminals; the backend draws it as two cells.
/// Safe for hostile input: the layout never trusts `String.count`.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 && v != 0xAD { return 1 } // Latin-1 and Latin Extended: the common case, no property lookup
        if (0x2500...0x259F).contains(v) || (0x2800...0x28FF).contains(v) { return 1 } // box drawing, blocks, braille: the map and the frames
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) { return 2 }
        if scalar.properties.isEmojiPresentation && !isRegionalIndicator(scalar) { return 2 }
        return 1
    }

    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isFlag(character) { return 2 }
        return of(first)
    }

    /// Whether `character` is a flag: two regional indicators (🇮🇱).
    public static func isFlag(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, isRegionalIndicator(first) else { return false }
        let rest = scalars.dropFirst()
        return rest.count == 1 && isRegionalIndicator(rest.first!)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

    /// The longest prefix of `text` at most `width` columns wide, whole clusters only.
    public static func prefix(_ text: String, width: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return text[..<end]
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(prefix(ellipsis, width: width)) }
        return String(prefix(text, width: room)) + ellipsis
    }

    /// `text` padded with spaces, or cut (with `…`), to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let shown = truncate(text, to: width)
        return shown + String(repeating: " ", count: max(0, width - of(shown)))
    }

    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII is one column a byte (most of our text).
        var printableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { printableASCII = false; break }
        if printableASCII { return text.utf8.count }
        if let width = simpleWidth(text) { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of `text` when every scalar of it is a cluster of its own (see
    /// `isStandalone`), summed by scalar without finding cluster boundaries; nil otherwise.
    public static func simpleWidth(_ text: String) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            guard isStandalone(scalar) else { return nil }
            width += of(scalar)
        }
        return width
    }

    /// Whether `scalar` always forms a grapheme cluster on its own, whatever its neighbours:
    /// printable ASCII, Latin-1 and Latin Extended letters, the general punctuation our text
    /// uses (– — ‘ ’ “ ” • … ‰ ′), currency signs, and arrows through shapes and symbols
    /// (→ ≤ ─ ▲ ● ○ ◐ ★). None of them joins a cluster (no marks, joiners, variation
    /// selectors, regional indicators or Hangul jamo): the rest go the per-cluster way.
    @inline(__always)
    public static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300)
            || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
            || (v >= 0x20A0 && v <= 0x20C0) || (v >= 0x2190 && v <= 0x2BFF)
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

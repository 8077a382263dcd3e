import AllyTUI

/// Makes a cell's character safe to hand to the terminal: the last line of defence against
/// data driving the terminal, after the loader's own checks.
///
/// A control character (C0, DEL, C1 — ESC among them) anywhere in the grapheme turns the whole
/// cell into `?`, so no escape sequence can ever be assembled from buffer contents. Pure, so it
/// is unit tested.
enum GlyphSanitizer {
    /// ncurses keeps at most CCHARW_MAX (5) wide characters per cell, one for the terminator.
    static let maxScalars = 4
    static let replacement: Unicode.Scalar = "?"

    /// The scalars to draw for `character`: a spacing base plus at most three marks.
    /// Without Unicode (non-UTF-8 locale) anything outside printable ASCII becomes `?`.
    static func scalars(of character: Character, unicode: Bool) -> [Unicode.Scalar] {
        let all = character.unicodeScalars
        guard let base = all.first else { return [" "] }
        if all.contains(where: isControl) { return [replacement] }
        if !unicode { return base.isASCII && all.count == 1 ? [base] : [replacement] }
        // A cell must start with a character that takes space; a lone mark or format
        // character (zero width, bidi override) would merge into its neighbour.
        guard DisplayWidth.of(base) > 0 else { return [replacement] }
        var result = [base]
        for scalar in all.dropFirst() where result.count < maxScalars && isCombining(scalar) {
            result.append(scalar)
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Marks, variation selectors and skin tones decorate the base glyph. Other format
    /// characters (bidi overrides, zero-width space, ZWJ) are dropped: they would reorder or
    /// hide text, and a ZWJ sequence has no width every terminal agrees on.
    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value)
        }
    }
}

import AllyTUI

/// Makes a cell's character safe to hand to the terminal: the last line of defence against
/// data driving the terminal, after the loader's own checks.
///
/// A control character (C0, DEL, C1 — ESC among them) anywhere in the grapheme turns the whole
/// cell into `?`, so no escape sequence can ever be assembled from buffer contents. Otherwise the
/// grapheme cluster is kept whole — flags, emoji ZWJ sequences, skin tones, marks — as long as
/// the terminal draws it in the columns the layout gave it (`DisplayWidth`; `EmojiSupport` says
/// which sequences it joins). Pure, so it is unit tested.
enum GlyphSanitizer {
    /// ncurses keeps at most CCHARW_MAX (5) wide characters per cell.
    static let maxScalars = 5
    static let replacement: Unicode.Scalar = "?"
    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// What ncurses writes for `character`, one entry per cell, covering exactly the columns
    /// the layout measured (`DisplayWidth.of`). A flag is two cells, one regional indicator each:
    /// wcwidth (and so ncurses) counts each as one column, terminals draw the pair as one
    /// two-column flag, so written side by side both agree. A `?` standing for a wide glyph
    /// is followed by a blank, so the second column never keeps an older frame's text.
    static func cells(of character: Character, unicode: Bool, emoji: EmojiSupport = .joined) -> [[Unicode.Scalar]] {
        let width = DisplayWidth.of(character)
        let glyph = scalars(of: character, unicode: unicode, emoji: emoji)
        if width == 2, glyph.count == 2, DisplayWidth.isFlag(character) { return [[glyph[0]], [glyph[1]]] }
        if width == 2, glyph.count == 1, DisplayWidth.of(glyph[0]) < 2 { return [glyph, [" "]] }
        return [glyph]
    }

    /// The scalar to write as is when `character` is one printable scalar one column wide
    /// (ASCII, box drawing, braille, most letters), for which `cells` would answer `[[it]]`;
    /// nil when `cells` has to look closer.
    static func plainScalar(of character: Character, unicode: Bool) -> Unicode.Scalar? {
        let all = character.unicodeScalars
        guard let first = all.first, all.index(after: all.startIndex) == all.endIndex else { return nil }
        if first.isASCII { return isControl(first) ? nil : first }
        // One column excludes controls, marks and format characters; one scalar cannot be a flag.
        return unicode && DisplayWidth.of(first) == 1 ? first : nil
    }

    /// The scalars to draw for `character`: a spacing base and what decorates or joins it.
    /// Without Unicode (non-UTF-8 locale) anything outside printable ASCII becomes `?`.
    static func scalars(of character: Character, unicode: Bool, emoji: EmojiSupport = .joined) -> [Unicode.Scalar] {
        let all = character.unicodeScalars
        guard let base = all.first else { return [" "] }
        if all.contains(where: isControl) { return [replacement] }
        if !unicode { return base.isASCII && all.count == 1 ? [base] : [replacement] }
        // A cell must start with a character that takes space; a lone mark or format
        // character (zero width, bidi override) would merge into its neighbour.
        guard DisplayWidth.of(base) > 0 else { return [replacement] }
        if DisplayWidth.isFlag(character) { return Array(all) }
        let wideBase = DisplayWidth.of(base) == 2
        let rest = Array(all.dropFirst())
        var result = [base]
        var i = 0
        while i < rest.count {
            let scalar = rest[i]
            if isMark(scalar) || isVariationSelector(scalar) {
                result.append(scalar)
            } else if isTag(scalar) {
                if emoji.sequences { result.append(scalar) }
            } else if isSkinTone(scalar) {
                // After an emoji drawn two columns wide the tone merges into it where the
                // terminal joins tones; after a text-style base (☝) terminals disagree: dropped.
                if wideBase && emoji.modifiers { result.append(scalar) }
            } else if scalar == zeroWidthJoiner, i + 1 < rest.count, rest[i + 1].properties.isEmoji {
                // An emoji ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈) is one glyph in the base's columns;
                // where it is not joined, its first member stands for it.
                guard emoji.sequences else { break }
                result += [scalar, rest[i + 1]]
                i += 1
            }
            // Anything else (a stray ZWJ or ZWNJ, bidi controls, a zero-width space) is dropped:
            // it would reorder or hide text.
            i += 1
        }
        return fitted(result)
    }

    /// At most `maxScalars`: a longer cluster loses its tag characters (a subdivision flag
    /// becomes its black flag), then is cut after its last whole ZWJ component, so a family of
    /// four becomes a family of three rather than a broken sequence.
    private static func fitted(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.count > maxScalars else { return scalars }
        var result = scalars.filter { !isTag($0) }
        guard result.count > maxScalars else { return result }
        result = Array(result.prefix(maxScalars))
        while result.count > 1, result.last == zeroWidthJoiner { result.removeLast() }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    private static func isSkinTone(_ scalar: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(scalar.value) }

    /// Tag characters spell a subdivision flag's region (🏴 + gbeng + cancel tag).
    private static func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0020...0xE007F).contains(scalar.value) }
}

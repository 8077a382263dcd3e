/// How the map's line art is drawn: braille dots, or plain ASCII when braille is unavailable.
public enum MapCharset: String, Sendable, Hashable, CaseIterable {
    case braille
    case ascii

    /// The character for a cell's dot pattern, or nil when the cell has no dots.
    public func character(for pattern: UInt8) -> Character? {
        guard pattern != 0 else { return nil }
        switch self {
        case .braille: return BrailleCanvas.brailleGlyphs[Int(pattern)]
        case .ascii: return Self.asciiGlyphs[Int(pattern)]
        }
    }

    /// ASCII art for each of the 256 dot patterns, chosen by shape then by density.
    static let asciiGlyphs: [Character] = (0..<256).map { asciiGlyph(UInt8($0)) }

    /// Classifies a 2×4 dot pattern: `|` a vertical stroke, `-`/`_` a horizontal one, `/` and `\`
    /// diagonals, then `.` `:` `+` `#` by how many of the 8 dots are set.
    static func asciiGlyph(_ pattern: UInt8) -> Character {
        var left: [Int] = [], right: [Int] = []
        for row in 0..<4 {
            if pattern & BrailleCanvas.mask[row][0] != 0 { left.append(row) }
            if pattern & BrailleCanvas.mask[row][1] != 0 { right.append(row) }
        }
        let count = left.count + right.count
        let rows = Set(left + right).sorted()
        if count == 0 { return " " }
        if count == 1 { return "." }
        if left.isEmpty || right.isEmpty, rows.count >= 3 { return "|" }
        if !left.isEmpty, !right.isEmpty, let top = rows.first, let bottom = rows.last, bottom - top <= 1 {
            return top >= 2 ? "_" : "-"
        }
        if !left.isEmpty, !right.isEmpty, count <= 5 {
            let l = Double(left.reduce(0, +)) / Double(left.count), r = Double(right.reduce(0, +)) / Double(right.count)
            if l - r >= 1.5 { return "/" }
            if r - l >= 1.5 { return "\\" }
        }
        switch count {
        case 6...: return "#"
        case 4...: return "+"
        default: return ":"
        }
    }
}

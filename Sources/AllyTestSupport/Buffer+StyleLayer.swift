import AllyTUI

extension Buffer {
    /// Every cell's style as text, for snapshot fixtures that must catch colour and attribute
    /// changes without holding escape bytes: three grids of one character per cell (a wide
    /// glyph's second cell is left out, as in `plainText`) under a one-line legend each.
    ///
    /// Each part of a style has its own grid, so bold, dim, reverse, underline and background
    /// are all recorded and never mistaken for one another or for a colour.
    public var styleLayer: String {
        var out: [String] = []
        out.append("foreground: " + Self.colourLegend)
        out += grid { Self.letter($0.foreground) }
        out.append("")
        out.append("background: " + Self.colourLegend)
        out += grid { Self.letter($0.background) }
        out.append("")
        out.append("attributes: sum of 1 bold, 2 dim, 4 reverse, 8 underline, in hex; . none")
        out += grid(Self.attributes)
        return out.joined(separator: "\n")
    }

    private func grid(_ mark: (Style) -> Character) -> [String] {
        (0..<height).map { y in
            String((0..<width).compactMap { x in self[x, y].isContinuation ? nil : mark(self[x, y].style) })
        }
    }

    static let colourLegend = ". default, k r g y b m c w black to white, a grey, R G Y B M C W bright, l land, o orange, e dark yellow, n dark green, t dark cyan, u dark orange, d dark grey, z azure, f gold, v vermillion"

    /// One letter per colour; exhaustive, so a new colour cannot be recorded as an old one.
    static func letter(_ color: Color) -> Character {
        switch color {
        case .default: "."
        case .black: "k"
        case .red: "r"
        case .green: "g"
        case .yellow: "y"
        case .blue: "b"
        case .magenta: "m"
        case .cyan: "c"
        case .white: "w"
        case .gray: "a"
        case .brightRed: "R"
        case .brightGreen: "G"
        case .brightYellow: "Y"
        case .brightBlue: "B"
        case .brightMagenta: "M"
        case .brightCyan: "C"
        case .brightWhite: "W"
        case .land: "l"
        case .orange: "o"
        case .darkYellow: "e"
        case .darkGreen: "n"
        case .darkCyan: "t"
        case .darkOrange: "u"
        case .darkGray: "d"
        case .azure: "z"
        case .gold: "f"
        case .vermillion: "v"
        }
    }

    static func attributes(_ style: Style) -> Character {
        let bits = (style.bold ? 1 : 0) | (style.dim ? 2 : 0) | (style.reverse ? 4 : 0) | (style.underline ? 8 : 0)
        return bits == 0 ? "." : Array("0123456789abcdef")[bits]
    }
}

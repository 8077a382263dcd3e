/// The one definition of how each colour is shown: the terminal backend, `render --format ansi`,
/// the SVG picture and help text all read it, so they cannot disagree.
extension Color {
    /// One row per colour: xterm 256-colour index, the nearest of the eight ANSI colours, the
    /// picture colour for the terminal's own 16, and the word help text uses. Nil for `.default`.
    private var entry: (index256: Int, index8: Int, hex: String?, name: String)? {
        switch self {
        case .default: return nil
        case .black: return (0, 0, "#1e1e1e", "black")
        case .red: return (1, 1, "#cd3131", "red")
        case .green: return (2, 2, "#0dbc79", "green")
        case .yellow: return (3, 3, "#e5e510", "yellow")
        case .blue: return (4, 4, "#2472c8", "blue")
        case .magenta: return (5, 5, "#bc3fbc", "magenta")
        case .cyan: return (6, 6, "#11a8cd", "cyan")
        case .white: return (7, 7, "#e5e5e5", "white")
        // Bright and extra colours fold onto their nearest ANSI base, so meaning survives on 8 colours.
        case .gray: return (8, 7, "#8a8a8a", "grey")
        case .brightRed: return (9, 1, "#f14c4c", "red")
        case .brightGreen: return (10, 2, "#23d18b", "green")
        case .brightYellow: return (11, 3, "#f5f543", "yellow")
        case .brightBlue: return (12, 4, "#3b8eea", "blue")
        case .brightMagenta: return (13, 5, "#d670d6", "magenta")
        case .brightCyan: return (14, 6, "#29b8db", "cyan")
        case .brightWhite: return (15, 7, "#ffffff", "white")
        // Above 15 the xterm palette is fixed, so the picture colour is computed from the index.
        case .land: return (66, 2, nil, "grey-green")
        case .orange: return (208, 3, nil, "orange")
        case .darkYellow: return (136, 3, nil, "dark yellow")
        case .darkGreen: return (28, 2, nil, "green")
        case .darkCyan: return (30, 6, nil, "cyan")
        case .darkOrange: return (166, 3, nil, "orange")
        // On eight colours black, not white: this grey is for light backgrounds.
        case .darkGray: return (242, 0, nil, "grey")
        case .azure: return (33, 4, nil, "blue")
        case .gold: return (220, 3, nil, "yellow")
        case .vermillion: return (202, 1, nil, "vermillion")
        }
    }

    /// Index in the xterm 256-colour palette (0–15 are the terminal's ANSI colours); nil for `.default`.
    public var index256: Int? { entry?.index256 }

    /// The nearest of the eight ANSI colours (orange → yellow keeps "medium risk"); nil for `.default`.
    public var index8: Int? { entry?.index8 }

    /// The everyday word for the colour, as help text names it ("orange"; bright variants
    /// share their base's word); "default" for the terminal's own colour.
    public var colourName: String { entry?.name ?? "default" }

    /// An sRGB hex colour for pictures (SVG), on a dark theme; nil for `.default`.
    public var hex: String? {
        guard let entry else { return nil }
        return entry.hex ?? Self.xtermHex(entry.index256)
    }

    /// SGR parameters selecting this colour as foreground (`background: true` for background);
    /// empty for `.default`. The extra colours use the 256-colour palette.
    public func sgr(background: Bool = false) -> [String] {
        guard let i = index256 else { return [] }
        switch i {
        case 0..<8: return [String((background ? 40 : 30) + i)]
        case 8..<16: return [String((background ? 100 : 90) + i - 8)]
        default: return [background ? "48" : "38", "5", String(i)]
        }
    }

    /// The colour xterm shows for a palette index from 16 up: a 6×6×6 cube, then 24 greys.
    static func xtermHex(_ index: Int) -> String {
        let rgb: [Int]
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            rgb = [level, level, level]
        } else {
            let cube = index - 16, steps = [0, 95, 135, 175, 215, 255]
            rgb = [steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6]]
        }
        let digits = Array("0123456789abcdef")
        return "#" + String(rgb.flatMap { [digits[$0 / 16], digits[$0 % 16]] })
    }
}

extension Style {
    /// The SGR parameters that produce this style from a reset state.
    public var sgrParameters: [String] {
        var p: [String] = []
        if bold { p.append("1") }
        if dim { p.append("2") }
        if underline { p.append("4") }
        if reverse { p.append("7") }
        p += foreground.sgr()
        p += background.sgr(background: true)
        return p
    }
}

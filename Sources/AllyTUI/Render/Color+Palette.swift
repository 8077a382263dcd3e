extension Color {
    /// SGR parameters selecting this colour as foreground (`background: true` for background);
    /// empty for `.default`. The custom colours use the 256-colour palette.
    public func sgr(background: Bool = false) -> [String] {
        let base = background ? 40 : 30
        switch self {
        case .default: return []
        case .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white:
            return [String(base + Int(rawValue) - Int(Color.black.rawValue))]
        case .gray, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan, .brightWhite:
            return [String(base + 60 + Int(rawValue) - Int(Color.gray.rawValue))]
        case .land: return [background ? "48" : "38", "5", "66"]
        case .sea: return [background ? "48" : "38", "5", "17"]
        case .orange: return [background ? "48" : "38", "5", "208"]
        }
    }

    /// An sRGB hex colour for pictures (SVG), on a dark theme; nil for `.default`.
    public var hex: String? {
        switch self {
        case .default: return nil
        case .black: return "#1e1e1e"
        case .red: return "#cd3131"
        case .green: return "#0dbc79"
        case .yellow: return "#e5e510"
        case .blue: return "#2472c8"
        case .magenta: return "#bc3fbc"
        case .cyan: return "#11a8cd"
        case .white: return "#e5e5e5"
        case .gray: return "#8a8a8a"
        case .brightRed: return "#f14c4c"
        case .brightGreen: return "#23d18b"
        case .brightYellow: return "#f5f543"
        case .brightBlue: return "#3b8eea"
        case .brightMagenta: return "#d670d6"
        case .brightCyan: return "#29b8db"
        case .brightWhite: return "#ffffff"
        case .land: return "#5f8787"
        case .sea: return "#00005f"
        case .orange: return "#ff8700"
        }
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

/// A colour theme: which colour each semantic colour of `Theme` and `MarkerStyle` is drawn in.
///
/// Widgets draw in the dark theme's colours, which act as semantic names ("brightGreen" is "low
/// risk / supports"); the view then maps every cell through the theme (`Buffer.recolour`), and
/// help and legends name colours through `colourName(of:)`, so words always match what is drawn.
/// No theme draws text in white or bright white: plain text is the terminal's own foreground,
/// readable on dark and light backgrounds alike, and emphasis is bold.
public enum ColorTheme: String, Sendable, Hashable, CaseIterable {
    /// For dark backgrounds: the colours as widgets name them.
    case dark
    /// For light backgrounds: pale colours (yellow, bright green, bright cyan, grey) become darker shades.
    case light
    /// Colour-blind safe: low risk blue, medium yellow, high vermillion (no red against green).
    case colorblind

    /// The colour `color` is drawn in under this theme.
    public func map(_ color: Color) -> Color {
        switch self {
        case .dark:
            return color
        case .light:
            switch color {
            case .white, .brightWhite: return .default
            case .yellow, .brightYellow: return .darkYellow
            case .brightGreen, .green: return .darkGreen
            case .brightCyan, .cyan: return .darkCyan
            case .orange: return .darkOrange
            case .brightRed: return .red
            case .brightMagenta: return .magenta
            case .brightBlue: return .blue
            case .gray: return .darkGray
            default: return color
            }
        case .colorblind:
            switch color {
            case .white, .brightWhite: return .default
            case .brightGreen, .green: return .azure
            case .orange: return .gold
            case .brightRed: return .vermillion
            default: return color
            }
        }
    }

    /// The word for the colour `color` is drawn in ("orange", "dark yellow").
    public func colourName(of color: Color) -> String { map(color).colourName }

    /// What `--theme` and the help call it.
    public var summary: String {
        switch self {
        case .dark: return "for dark backgrounds"
        case .light: return "for light backgrounds"
        case .colorblind: return "colour-blind safe: blue, yellow and vermillion for low, medium and high risk"
        }
    }
}

extension Buffer {
    /// Maps every cell's colours through `theme` (nothing to do for the dark theme).
    public mutating func recolour(_ theme: ColorTheme) {
        guard theme != .dark else { return }
        restyle(area) { style in
            style.foreground = theme.map(style.foreground)
            style.background = theme.map(style.background)
        }
    }
}

/// A terminal colour the UI core can ask for. The backend maps it to what the terminal has
/// (256 colours, 8 colours, or none under NO_COLOR).
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case gray, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    /// Dim land and coastline colour.
    case land
    /// Orange for medium risk (falls back to yellow on 8-colour terminals).
    case orange
    /// Darker shades that stay readable on a light background (the light theme's colours).
    case darkYellow, darkGreen, darkCyan, darkOrange, darkGray
    /// The colour-blind-safe theme's colours (after Okabe and Ito): blue, yellow and vermillion
    /// differ in lightness as well as hue, so they stay apart with red-green colour blindness.
    case azure, gold, vermillion
}

/// Foreground, background and attributes of one cell.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    public func with(foreground: Color) -> Style { var s = self; s.foreground = foreground; return s }
    public var bolded: Style { var s = self; s.bold = true; return s }
    public var reversed: Style { var s = self; s.reverse = true; return s }
}

/// The explorer's styles in one place, so panes look alike.
///
/// Colours here are semantic (a `ColorTheme` maps them for light backgrounds or colour
/// blindness). No text is white: plain text keeps the terminal's own foreground, which is
/// readable on any background, and emphasis is bold.
public enum Theme {
    /// Reversed: the terminal's own colours swapped, a bar on dark and light backgrounds and under NO_COLOR.
    public static let titleBar = Style(reverse: true)
    /// The active tab breaks out of the reversed bar.
    public static let activeTab = Style(bold: true)
    public static let keyHint = Style(foreground: .brightCyan, bold: true)
    public static let border = Style(foreground: .gray)
    /// Not bold: turning bold off costs a full attribute reset, and borders alternate with text
    /// on every row, so bold borders would double the bytes of a frame.
    public static let focusedBorder = Style(foreground: .brightCyan)
    public static let heading = Style(bold: true)
    public static let label = Style(foreground: .gray)
    public static let dim = Style(foreground: .gray)
    public static let value = Style(bold: true)
    public static let weak = Style(foreground: .yellow)
    public static let unknown = Style(foreground: .gray, dim: true)
    public static let supports = Style(foreground: .brightGreen)
    public static let contradicts = Style(foreground: .brightRed)
    public static let accent = Style(foreground: .brightCyan)
    public static let selectedRow = Style(reverse: true)
    /// The command line's cursor: the cell under it reversed (the terminal's own cursor is hidden).
    public static let cursor = Style(reverse: true)
    /// An error on the command line; bold so it still stands out without colour.
    public static let error = Style(foreground: .brightRed, bold: true)
}

extension Theme {
    /// The what-if banner: dark text on yellow, readable on dark and light terminals alike.
    public static let banner = Style(foreground: .black, background: .yellow)
    /// The banner's "WHAT-IF" tag, reversed so it still stands out without colour (NO_COLOR).
    public static let bannerTag = Style(foreground: .black, background: .yellow, bold: true, reverse: true)
}

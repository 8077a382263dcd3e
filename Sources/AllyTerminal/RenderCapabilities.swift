/// What the terminal can show, handed to the render function so the UI can pick its charset.
public struct RenderCapabilities: Sendable, Hashable {
    /// Colours the backend will use; under `.none` the UI should mark selection with `reverse`.
    public var colorMode: ColorMode
    /// False in a non-UTF-8 locale: the UI should draw the ASCII map and avoid box glyphs.
    public var unicode: Bool

    public init(colorMode: ColorMode, unicode: Bool) {
        self.colorMode = colorMode
        self.unicode = unicode
    }
}

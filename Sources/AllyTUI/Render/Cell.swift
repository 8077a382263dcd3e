/// One character cell of the screen: a grapheme and its style.
///
/// `character` is always a single-column grapheme. A double-width grapheme occupies its own cell
/// and the next cell holds `Cell.continuation` so that column arithmetic stays exact.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style

    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell()
    /// Placeholder for the right half of a double-width character; backends skip it.
    public static let continuation = Cell("\u{0}")

    public var isContinuation: Bool { character == "\u{0}" }
}

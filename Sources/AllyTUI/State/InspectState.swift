/// The inspect overlay's state (`i`): whose figures it lists, which one is highlighted, and the
/// view to go back to.
public struct InspectState: Sendable, Equatable {
    /// The actor whose figures are listed (the selection when `i` was pressed).
    public var actorID: String
    /// The highlighted figure: an index into `InspectContent.figures(_:of:)`.
    public var index: Int
    /// Lines the highlighted figure's card is scrolled by (PgDn / PgUp); back to 0 on a move.
    public var cardScroll = 0
    /// Set when `y` could not reach the clipboard: the card then marks the citation to select by hand.
    public var showCitation = false
    /// The view the overlay was opened over (map, table or detail); Esc returns to it.
    public var over: Mode

    public init(actorID: String, index: Int, over: Mode) {
        (self.actorID, self.index, self.over) = (actorID, index, over)
    }
}

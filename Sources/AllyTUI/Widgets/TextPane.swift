/// A framed, scrollable pane of text; in tabbed layouts the frame's top edge is a tab strip.
public struct TextPane: Widget {
    public var title: String
    public var lines: [StyledLine]
    public var offset: Int
    public var focused: Bool
    /// The pane whose tab is active, when the frame shows tabs.
    public var tabs: PaneID?
    public var unicode: Bool

    public init(title: String, lines: [StyledLine], offset: Int, focused: Bool, tabs: PaneID?, unicode: Bool) {
        (self.title, self.lines, self.offset, self.focused, self.tabs, self.unicode) = (title, lines, offset, focused, tabs, unicode)
    }

    /// Where the text goes inside a pane's frame.
    public static func textArea(in frame: Rect) -> Rect { frame.inset(by: 1) }

    public func render(into buffer: inout Buffer, area frame: Rect) {
        let content = Self.textArea(in: frame)
        let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: content.height, unicode: unicode)
        PaneFrame(title: title, focused: focused, tabs: tabs, unicode: unicode, footer: footer).render(into: &buffer, area: frame)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: content)
    }
}

/// A box with a title, drawn around a pane; tabbed frames show every pane's name in the top edge.
public struct PaneFrame: Widget {
    public var title: String
    public var focused: Bool
    /// The pane whose tab is active, when the top edge is a tab strip instead of a title.
    public var tabs: PaneID?
    public var unicode: Bool
    /// Text in the bottom edge (a scroll position, the selection's name).
    public var footer: String?

    public init(title: String, focused: Bool, tabs: PaneID? = nil, unicode: Bool, footer: String? = nil) {
        (self.title, self.focused, self.tabs, self.unicode, self.footer) = (title, focused, tabs, unicode, footer)
    }

    /// Draws the border and title (or tabs) around `frame`; the inside is left as it was.
    public func render(into buffer: inout Buffer, area frame: Rect) {
        guard frame.width >= 4, frame.height >= 2 else { return }
        let style = focused ? Theme.focusedBorder : Theme.border
        let g = unicode ? ("┌", "┐", "└", "┘", "─", "│") : ("+", "+", "+", "+", "-", "|")
        for x in frame.x + 1..<frame.maxX - 1 {
            buffer[x, frame.y] = Cell(Character(g.4), style: style)
            buffer[x, frame.maxY - 1] = Cell(Character(g.4), style: style)
        }
        for y in frame.y + 1..<frame.maxY - 1 {
            buffer[frame.x, y] = Cell(Character(g.5), style: style)
            buffer[frame.maxX - 1, y] = Cell(Character(g.5), style: style)
        }
        buffer[frame.x, frame.y] = Cell(Character(g.0), style: style)
        buffer[frame.maxX - 1, frame.y] = Cell(Character(g.1), style: style)
        buffer[frame.x, frame.maxY - 1] = Cell(Character(g.2), style: style)
        buffer[frame.maxX - 1, frame.maxY - 1] = Cell(Character(g.3), style: style)
        let titleClip = Rect(x: frame.x + 1, y: frame.y, width: frame.width - 2, height: 1)
        if let current = tabs {
            var x = frame.x + 1
            for (pane, text) in Self.tabLabels(width: frame.width) {
                let tabStyle = pane == current ? (focused ? Theme.activeTab : Theme.heading.reversed) : Theme.label
                x = buffer.write(text, x: x, y: frame.y, style: tabStyle, clip: titleClip)
            }
        } else {
            buffer.write(" \(title) ", x: frame.x + 1, y: frame.y, style: focused ? Theme.focusedBorder : Theme.heading, clip: titleClip)
        }
        if let footer, frame.width > DisplayWidth.of(footer) + 4 {
            let x = frame.maxX - 2 - DisplayWidth.of(footer)
            buffer.write(footer, x: x, y: frame.maxY - 1, style: Theme.dim, clip: frame)
        }
    }

    /// The tab strip's labels: full titles when they fit in a frame this wide, short ones otherwise.
    static func tabLabels(width: Int) -> [(PaneID, String)] {
        let full = PaneID.textPanes.map { ($0, " \($0.title) ") }
        let used = full.reduce(0) { $0 + DisplayWidth.of($1.1) }
        return used <= width - 2 ? full : PaneID.textPanes.map { ($0, " \($0.shortTitle) ") }
    }

    /// Where each tab of a tabbed frame's top edge is.
    public static func tabRects(of frame: Rect) -> [(PaneID, Rect)] {
        var x = frame.x + 1
        return tabLabels(width: frame.width).map { pane, label in
            let w = DisplayWidth.of(label)
            defer { x += w }
            return (pane, Rect(x: x, y: frame.y, width: w, height: 1))
        }
    }

    /// Draws `lines` scrolled by `offset` inside `area`, with a scroll hint in the footer.
    public static func drawLines(_ lines: [StyledLine], offset: Int, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let start = max(0, min(offset, max(0, lines.count - area.height)))
        for (i, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            line.draw(into: &buffer, x: area.x, y: area.y + i, clip: area)
        }
    }

    /// "12–30/44" when a pane's content does not fit, else nil.
    public static func scrollFooter(total: Int, offset: Int, height: Int, unicode: Bool) -> String? {
        guard total > height else { return nil }
        let start = max(0, min(offset, total - height))
        let arrows = (start > 0 ? (unicode ? "↑" : "^") : "") + (start + height < total ? (unicode ? "↓" : "v") : "")
        return " \(start + 1)-\(min(total, start + height))/\(total) \(arrows) "
    }
}

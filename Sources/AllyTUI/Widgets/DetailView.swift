/// A full-screen scrollable text in a frame (the detail view), plain inputs in, cells out.
public struct DetailView: Widget {
    public var title: String
    public var lines: [StyledLine]
    public var offset: Int
    public var unicode: Bool

    public init(title: String, lines: [StyledLine], offset: Int, unicode: Bool) {
        (self.title, self.lines, self.offset, self.unicode) = (title, lines, offset, unicode)
    }

    /// Where the text goes inside `area` (a border and a column of margin on each side).
    public static func textArea(in area: Rect) -> Rect {
        let inner = area.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        PaneFrame(title: title, focused: true, unicode: unicode).render(into: &buffer, area: area)
        let content = Self.textArea(in: area)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: content)
        if let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: content.height, unicode: unicode) {
            buffer.write(footer, x: area.maxX - DisplayWidth.of(footer) - 2, y: area.maxY - 1, style: Theme.dim, clip: area)
        }
    }
}

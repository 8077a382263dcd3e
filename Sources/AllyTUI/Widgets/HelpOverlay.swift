/// A centred, scrollable box of text over the screen (the `?` help), plain inputs in, cells out.
public struct HelpOverlay: Widget {
    public var lines: [StyledLine]
    public var offset: Int
    public var unicode: Bool

    public init(lines: [StyledLine], offset: Int, unicode: Bool) { (self.lines, self.offset, self.unicode) = (lines, offset, unicode) }

    /// The box drawn in `area`: as wide as the text (at least 56), as tall as it fits.
    public func box(in area: Rect) -> Rect {
        let width = min(area.width - 2, max(56, lines.map(\.width).max() ?? 40) + 4)
        let height = min(area.height - 2, lines.count + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    /// Where the text goes inside the box.
    public func textArea(in area: Rect) -> Rect {
        let inner = box(in: area).inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = box(in: area)
        buffer.fill(box, with: .blank)
        let text = textArea(in: area)
        let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: text.height, unicode: unicode)
        PaneFrame(title: footer == nil ? "Help — any key closes" : "Help — ↑↓ scroll, any other key closes",
                  focused: true, unicode: unicode, footer: footer).render(into: &buffer, area: box)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: text)
    }
}

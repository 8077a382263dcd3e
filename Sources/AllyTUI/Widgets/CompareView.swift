/// Two allies side by side in a full-screen frame: column headings that stay put over rows
/// scrolled by `offset`. Plain inputs in, cells out.
public struct CompareView: Widget {
    public var title: String
    /// Rows that never scroll (the allies' names and the column headings).
    public var header: [StyledLine]
    public var lines: [StyledLine]
    public var offset: Int
    public var unicode: Bool

    public init(title: String, header: [StyledLine] = [], lines: [StyledLine], offset: Int = 0, unicode: Bool) {
        (self.title, self.header, self.lines, self.offset, self.unicode) = (title, header, lines, offset, unicode)
    }

    /// Where the rows go inside `area`.
    public static func textArea(in area: Rect) -> Rect { DetailView.textArea(in: area) }

    /// Where the scrolling rows go inside `area`, below `headerRows` fixed ones.
    public static func scrollArea(in area: Rect, headerRows: Int) -> Rect {
        let text = textArea(in: area)
        let fixed = min(headerRows, text.height)
        return Rect(x: text.x, y: text.y + fixed, width: text.width, height: text.height - fixed)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        PaneFrame(title: title, focused: true, unicode: unicode).render(into: &buffer, area: area)
        let text = Self.textArea(in: area)
        PaneFrame.drawLines(header, offset: 0, into: &buffer, area: Rect(x: text.x, y: text.y, width: text.width, height: min(header.count, text.height)))
        let rows = Self.scrollArea(in: area, headerRows: header.count)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: rows)
        if let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: rows.height, unicode: unicode) {
            buffer.write(footer, x: area.maxX - DisplayWidth.of(footer) - 2, y: area.maxY - 1, style: Theme.dim, clip: area)
        }
    }
}

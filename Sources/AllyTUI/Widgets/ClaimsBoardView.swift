/// The claims board, full screen: a fixed header (scope, verdict counts) over a scrolled list,
/// plain inputs in, cells out.
public struct ClaimsBoardView: Widget {
    public var title: String
    public var header: [StyledLine]
    public var lines: [StyledLine]
    public var offset: Int
    public var unicode: Bool

    public init(title: String, header: [StyledLine], lines: [StyledLine], offset: Int, unicode: Bool) {
        (self.title, self.header, self.lines, self.offset, self.unicode) = (title, header, lines, offset, unicode)
    }

    /// Where the header and the list go inside `area` (a border and a column of margin each side).
    public static func textArea(in area: Rect) -> Rect { DetailView.textArea(in: area) }

    /// The rows left for the list under a header of `headerLines` lines.
    public static func listArea(in area: Rect, headerLines: Int) -> Rect {
        textArea(in: area).splitTop(headerLines).1
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        let list = Self.listArea(in: area, headerLines: header.count)
        let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: list.height, unicode: unicode)
        PaneFrame(title: title, focused: true, unicode: unicode, footer: footer).render(into: &buffer, area: area)
        PaneFrame.drawLines(header, offset: 0, into: &buffer, area: Self.textArea(in: area).splitTop(header.count).0)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: list)
    }
}

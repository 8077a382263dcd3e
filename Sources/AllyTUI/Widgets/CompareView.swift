/// Two allies side by side in a full-screen frame, plain inputs in, cells out.
public struct CompareView: Widget {
    public var title: String
    public var lines: [StyledLine]
    public var unicode: Bool

    public init(title: String, lines: [StyledLine], unicode: Bool) { (self.title, self.lines, self.unicode) = (title, lines, unicode) }

    /// Where the rows go inside `area`.
    public static func textArea(in area: Rect) -> Rect { DetailView.textArea(in: area) }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        PaneFrame(title: title, focused: true, unicode: unicode).render(into: &buffer, area: area)
        PaneFrame.drawLines(lines, offset: 0, into: &buffer, area: Self.textArea(in: area))
    }
}

/// The list of matches above the status bar while a prompt is open, plain inputs in, cells out.
public struct SearchOverlay: Widget {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var detail: String
        public init(name: String, detail: String) { (self.name, self.detail) = (name, detail) }
    }

    public var title: String
    public var rows: [Row]
    public var selected: Int
    public var unicode: Bool

    public init(title: String, rows: [Row], selected: Int, unicode: Bool) {
        (self.title, self.rows, self.selected, self.unicode) = (title, rows, selected, unicode)
    }

    /// The box for these rows standing on the status bar, nil when there is no room or nothing to show.
    public func box(above statusBar: Rect) -> Rect? {
        guard !rows.isEmpty else { return nil }
        let box = Rect(x: statusBar.x, y: statusBar.y - rows.count - 2, width: min(statusBar.width, 46), height: rows.count + 2)
        return box.y >= 1 ? box : nil
    }

    public func render(into buffer: inout Buffer, area box: Rect) {
        buffer.fill(box, with: .blank)
        PaneFrame(title: title, focused: true, unicode: unicode).render(into: &buffer, area: box)
        for (i, row) in rows.enumerated() where i < box.height - 2 {
            let y = box.y + 1 + i
            let line = Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1)
            let style = i == selected ? Theme.selectedRow : Style.plain
            buffer.fill(line, with: Cell(" ", style: style))
            let x = buffer.write(" \(row.name)", x: line.x, y: y, style: style.bolded, clip: line)
            buffer.write("  \(row.detail)", x: x, y: y, style: i == selected ? style : Theme.dim, clip: line)
        }
    }
}

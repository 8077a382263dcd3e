/// The what-if list (`s`): one row per scenario with its one-line description, the highlighted
/// one's fuller explanation below. Plain inputs in, cells out; the list scrolls itself to keep
/// the highlight in view, so nothing needs measuring.
public struct ScenarioPickerOverlay: Widget {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var description: String
        /// Where it comes from, when worth saying ("saved"); empty for presets.
        public var tag: String
        /// Whether this scenario is the one in force.
        public var active: Bool
        public init(name: String, description: String, tag: String = "", active: Bool) {
            (self.name, self.description, self.tag, self.active) = (name, description, tag, active)
        }
    }

    public var rows: [Row]
    public var selected: Int
    /// The highlighted scenario explained, already wrapped to `textWidth(in:)`.
    public var details: [StyledLine]
    public var unicode: Bool

    public init(rows: [Row], selected: Int, details: [StyledLine], unicode: Bool) {
        (self.rows, self.selected, self.details, self.unicode) = (rows, selected, details, unicode)
    }

    static let maximumWidth = 100

    /// The width of the text inside the box drawn in `area` (for wrapping the details).
    public static func textWidth(in area: Rect) -> Int { boxWidth(in: area) - 4 }

    static func boxWidth(in area: Rect) -> Int { max(10, min(area.width - 4, maximumWidth)) }

    /// Rows of list and of details that fit in `area`: the list first (keeping up to three rows
    /// of details when it must scroll), then a blank and as much of the details as is left.
    func split(in area: Rect) -> (list: Int, details: Int) {
        let inside = max(1, area.height - 2)
        let reserve = details.isEmpty ? 0 : min(details.count, 3) + 1
        let list = min(rows.count, max(min(3, rows.count), inside - reserve))
        let rest = inside - list - 1
        return (list, details.isEmpty || rest < 1 ? 0 : min(details.count, rest))
    }

    /// The box in `area`: centred, as tall as its content.
    public func box(in area: Rect) -> Rect {
        let (list, detail) = split(in: area)
        let width = Self.boxWidth(in: area)
        let height = min(area.height, 2 + list + (detail > 0 ? detail + 1 : 0))
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width, height: height)
    }

    /// The first row shown: the highlight kept in view, centred when the list scrolls.
    func firstRow(showing count: Int) -> Int {
        guard rows.count > count else { return 0 }
        return min(max(0, selected - count / 2), rows.count - count)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !rows.isEmpty, area.width >= 10, area.height >= 3 else { return }
        let (list, detail) = split(in: area)
        let box = box(in: area)
        buffer.fill(box, with: .blank)
        let first = firstRow(showing: list)
        let footer = rows.count > list ? " \(first + 1)-\(first + list)/\(rows.count) " : nil
        PaneFrame(title: "What-if scenarios", focused: true, unicode: unicode, footer: footer).render(into: &buffer, area: box)
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        let nameWidth = min(24, rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        for (i, row) in rows[first..<(first + list)].enumerated() {
            let index = first + i
            let line = Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1)
            draw(row, highlighted: index == selected, nameWidth: nameWidth, into: &buffer, line: line)
        }
        let text = Rect(x: inner.x + 1, y: inner.y + list + 1, width: inner.width - 2, height: detail)
        PaneFrame.drawLines(Array(details.prefix(detail)), offset: 0, into: &buffer, area: text)
    }

    private func draw(_ row: Row, highlighted: Bool, nameWidth: Int, into buffer: inout Buffer, line: Rect) {
        let base = highlighted ? Theme.selectedRow : Style.plain
        buffer.fill(line, with: Cell(" ", style: base))
        let mark = row.active ? (unicode ? "• " : "* ") : "  "
        var x = buffer.write(" " + mark, x: line.x, y: line.y, style: base.bolded, clip: line)
        let name = DisplayWidth.pad(DisplayWidth.truncate(row.name, to: nameWidth), to: nameWidth)
        x = buffer.write(name + "  ", x: x, y: line.y, style: base.bolded, clip: line)
        let tag = row.tag.isEmpty ? "" : "  " + row.tag + " "
        let room = line.maxX - x - DisplayWidth.of(tag) - 1
        if room > 3 {
            buffer.write(DisplayWidth.truncate(row.description, to: room), x: x, y: line.y, style: base, clip: line)
        }
        if !tag.isEmpty {
            buffer.write(tag, x: line.maxX - DisplayWidth.of(tag), y: line.y, style: highlighted ? base : Theme.dim, clip: line)
        }
    }
}

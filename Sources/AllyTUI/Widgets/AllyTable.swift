import AllyModel

/// The ally table in a frame: a header naming each column's sort key, the visible rows with the
/// selected one reversed, and an optional legend line. Plain inputs in, cells out.
public struct AllyTable: Widget {
    /// One header cell: the key that sorts by the column, its title, and the sort arrow if sorted
    /// (empty when sorted but drawn without one).
    public struct Header: Sendable, Equatable {
        public var key: Character
        public var title: String
        public var arrow: String?
        public init(key: Character, title: String, arrow: String?) { (self.key, self.title, self.arrow) = (key, title, arrow) }
    }

    public var title: String
    public var layout: TableLayout
    public var headers: [Header]
    /// The rows on screen (already scrolled), one cell per column of `layout`.
    public var rows: [[TableCell]]
    /// Which of `rows` is the selection, if it is on screen.
    public var selected: Int?
    public var focused: Bool
    /// Shown instead of rows when there are none.
    public var emptyMessage: String
    /// A dim line under the rows saying what the marks mean; nil to leave it out.
    public var legend: String?
    /// Text in the bottom edge (scroll position).
    public var footer: String?
    public var unicode: Bool

    public init(title: String, layout: TableLayout, headers: [Header], rows: [[TableCell]], selected: Int?, focused: Bool,
                emptyMessage: String, legend: String?, footer: String?, unicode: Bool) {
        (self.title, self.layout, self.headers, self.rows, self.selected, self.focused) = (title, layout, headers, rows, selected, focused)
        (self.emptyMessage, self.legend, self.footer, self.unicode) = (emptyMessage, legend, footer, unicode)
    }

    /// Below this many inner rows the legend gives its line to the data.
    static let minimumRowsForLegend = 8

    /// Where the data rows go inside the frame (below the header, above the legend if any).
    public static func rowsArea(in frame: Rect, legend: Bool) -> Rect {
        let inner = frame.inset(by: 1)
        let withLegend = legend && inner.height >= minimumRowsForLegend
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1 - (withLegend ? 1 : 0)))
    }

    /// Where each column's header is, for clicks (sorting by it).
    public static func headerRects(in frame: Rect, layout: TableLayout) -> [(TableColumn, Rect)] {
        let inner = frame.inset(by: 1)
        return zip(layout.columns, layout.offsets).map { col, x in
            (col.column, Rect(x: inner.x + x, y: inner.y, width: col.width, height: 1).intersection(inner))
        }
    }

    public func render(into buffer: inout Buffer, area frame: Rect) {
        buffer.fill(frame, with: .blank)
        PaneFrame(title: title, focused: focused, unicode: unicode, footer: footer).render(into: &buffer, area: frame)
        let inner = frame.inset(by: 1)
        guard !inner.isEmpty else { return }
        drawHeader(into: &buffer, inner: inner)
        let area = Self.rowsArea(in: frame, legend: legend != nil)
        if rows.isEmpty {
            buffer.write(" " + emptyMessage, x: area.x, y: area.y, style: Theme.dim, clip: area)
        }
        for (i, cells) in rows.prefix(area.height).enumerated() {
            let y = area.y + i
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            let isSelected = i == selected
            if isSelected { buffer.fill(line, with: Cell(" ", style: Theme.selectedRow)) }
            for ((col, x), cell) in zip(zip(layout.columns, layout.offsets), cells) {
                func styled(_ s: Style) -> Style {
                    var s = s
                    if isSelected { s.reverse = true; s.bold = focused }
                    return s
                }
                // A note (a score's band) takes the right of the cell, the value the rest.
                let noteWidth = cell.note == nil ? 0 : min(col.width, TableLayout.bandWidth)
                let text = Self.fit(cell.text, width: col.width - noteWidth, right: col.column.isNumeric)
                let end = buffer.write(text, x: area.x + x, y: y, style: styled(cell.style), clip: line)
                if let note = cell.note {
                    buffer.write(Self.fit(note, width: noteWidth, right: true), x: end, y: y, style: styled(Theme.dim), clip: line)
                }
            }
        }
        if let legend, inner.height >= Self.minimumRowsForLegend {
            let y = inner.maxY - 1
            buffer.write(" " + legend, x: inner.x, y: y, style: Theme.dim, clip: Rect(x: inner.x, y: y, width: inner.width, height: 1))
        }
    }

    private func drawHeader(into buffer: inout Buffer, inner: Rect) {
        let line = Rect(x: inner.x, y: inner.y, width: inner.width, height: 1)
        for ((col, x), header) in zip(zip(layout.columns, layout.offsets), headers) {
            let label = "\(header.key) \(header.title)\(header.arrow ?? "")"
            let pad = col.column.isNumeric ? max(0, col.width - DisplayWidth.of(label)) : 0
            let cell = Rect(x: inner.x + x, y: inner.y, width: col.width, height: 1).intersection(line)
            var at = buffer.write(String(header.key), x: cell.x + pad, y: inner.y, style: Theme.keyHint, clip: cell)
            let titleStyle = header.arrow == nil ? Theme.heading : Theme.heading.with(foreground: .brightCyan)
            at = buffer.write(" \(header.title)", x: at, y: inner.y, style: titleStyle, clip: cell)
            if let arrow = header.arrow { buffer.write(arrow, x: at, y: inner.y, style: Theme.keyHint, clip: cell) }
        }
    }

    /// Text cut (with "…") or padded to exactly `width` columns.
    static func fit(_ text: String, width: Int, right: Bool) -> String {
        guard right else { return DisplayWidth.pad(text, to: width) }
        let shown = DisplayWidth.truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(shown))) + shown
    }
}

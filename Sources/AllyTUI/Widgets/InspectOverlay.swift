/// The inspect overlay (`i`): the ally's figures in a list, the highlighted one's card beside it
/// (wide screens) or under it (narrow ones). Plain inputs in, cells out; the list keeps the
/// highlight in view itself, and the card is drawn from the offset it is given.
public struct InspectOverlay: Widget {
    public struct Row: Sendable, Equatable {
        public enum Weight: Sendable, Equatable { case normal, low, unknown }
        /// The group's name, on the first row of each group (drawn as a line above it).
        public var heading: String?
        public var label: String
        public var value: String
        /// How the value is shown: plain, as a low-confidence figure, or as a gap.
        public var weight: Weight
        public init(heading: String?, label: String, value: String, weight: Weight) {
            (self.heading, self.label, self.value, self.weight) = (heading, label, value, weight)
        }
    }

    public var title: String
    public var rows: [Row]
    public var selected: Int
    /// The highlighted figure's card, already wrapped to `cardWidth(in:)`.
    public var card: [StyledLine]
    public var cardOffset: Int
    public var unicode: Bool

    public init(title: String, rows: [Row], selected: Int, card: [StyledLine], cardOffset: Int, unicode: Bool) {
        (self.title, self.rows, self.selected, self.card, self.cardOffset, self.unicode) = (title, rows, selected, card, cardOffset, unicode)
    }

    static let maximumWidth = 170
    /// From this box width on the list and the card sit side by side.
    static let sideBySideWidth = 100

    // MARK: - Layout (static: the view wraps the card before drawing)

    /// The box in `area`: centred, nearly all of it (a margin where there is room).
    public static func box(in area: Rect) -> Rect {
        let width = min(area.width - (area.width > 140 ? 4 : 0), maximumWidth)
        let height = area.height - (area.height > 40 ? 2 : 0)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    static func sideBySide(_ box: Rect) -> Bool { box.width >= sideBySideWidth }

    static func listWidth(_ box: Rect) -> Int { sideBySide(box) ? min(60, box.width * 2 / 5) : box.width - 2 }

    /// The list's area and the card's text area inside the box.
    static func areas(_ box: Rect, listLines: Int) -> (list: Rect, card: Rect) {
        let inner = box.inset(by: 1)
        if sideBySide(box) {
            let list = Rect(x: inner.x, y: inner.y, width: listWidth(box), height: inner.height)
            let cardX = list.maxX + 2
            return (list, Rect(x: cardX, y: inner.y, width: inner.maxX - cardX - 1, height: inner.height))
        }
        // Stacked: a third of the rows for the list (at least five), a rule, the card under it.
        let rows = min(listLines, max(5, inner.height / 3))
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: rows)
        return (list, Rect(x: inner.x + 1, y: list.maxY + 1, width: inner.width - 2, height: inner.maxY - list.maxY - 1))
    }

    /// The card's text area for a list of `rows` (headings count as lines): what the card is wrapped to and scrolls in.
    public static func cardArea(in area: Rect, rows: [Row]) -> Rect {
        areas(box(in: area), listLines: listLines(rows).count).card
    }

    /// The list's lines: a heading line before each group's first row; each row's line index.
    static func listLines(_ rows: [Row]) -> [(row: Int?, heading: String?)] {
        var out: [(row: Int?, heading: String?)] = []
        for (i, r) in rows.enumerated() {
            if let h = r.heading { out.append((nil, h)) }
            out.append((i, nil))
        }
        return out
    }

    // MARK: - Drawing

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = Self.box(in: area)
        guard !rows.isEmpty, box.width >= 20, box.height >= 8 else { return }
        buffer.fill(box, with: .blank)
        let lines = Self.listLines(rows)
        let (list, text) = Self.areas(box, listLines: lines.count)
        let footer = " \(min(selected, rows.count - 1) + 1)/\(rows.count) "
        PaneFrame(title: title, focused: true, unicode: unicode, footer: footer).render(into: &buffer, area: box)
        drawList(lines, in: list, into: &buffer)
        let rule = Style(foreground: .gray)
        if Self.sideBySide(box) {
            for y in list.y..<list.maxY { buffer[list.maxX, y] = Cell(unicode ? "│" : "|", style: rule) }
        } else {
            for x in box.x + 1..<box.maxX - 1 { buffer[x, list.maxY] = Cell(unicode ? "─" : "-", style: rule) }
        }
        PaneFrame.drawLines(card, offset: cardOffset, into: &buffer, area: text)
        if let more = PaneFrame.scrollFooter(total: card.count, offset: cardOffset, height: text.height, unicode: unicode) {
            // Where the card scrolls, say so at its bottom right (PgDn / PgUp move it).
            let hint = " PgDn/PgUp" + more.dropLast() + " "
            buffer.write(hint, x: max(text.x, box.maxX - 2 - DisplayWidth.of(hint) - DisplayWidth.of(footer)), y: box.maxY - 1,
                         style: Theme.dim, clip: box)
        }
    }

    private func drawList(_ lines: [(row: Int?, heading: String?)], in area: Rect, into buffer: inout Buffer) {
        let cursor = lines.firstIndex { $0.row == selected } ?? 0
        // Keep the highlight in view, centred when the list scrolls; a group's heading above its first row.
        var first = lines.count > area.height ? min(max(0, cursor - area.height / 2), lines.count - area.height) : 0
        if cursor > 0, lines[cursor - 1].heading != nil, first == cursor { first -= 1 }
        // Values get the room labels leave, at least a third of the line.
        let labelsWidth = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        let valueWidth = max(min(18, max(6, area.width / 3)), area.width - 4 - labelsWidth)
        for (i, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + i
            let rect = Rect(x: area.x, y: y, width: area.width, height: 1)
            if let heading = line.heading {
                buffer.write(" " + DisplayWidth.truncate(heading, to: area.width - 1), x: area.x, y: y, style: Theme.heading, clip: rect)
                continue
            }
            guard let index = line.row else { continue }
            let row = rows[index]
            let highlighted = index == selected
            let base = highlighted ? Theme.selectedRow : Style.plain
            buffer.fill(rect, with: Cell(" ", style: base))
            let value = DisplayWidth.truncate(row.value, to: valueWidth)
            let labelRoom = area.width - 3 - DisplayWidth.of(value) - 1
            buffer.write("  " + DisplayWidth.truncate(row.label, to: max(1, labelRoom)), x: area.x, y: y,
                         style: highlighted ? base : Theme.label, clip: rect)
            let style: Style
            switch row.weight {
            case .normal: style = Theme.value
            case .low: style = Theme.weak
            case .unknown: style = Theme.unknown
            }
            buffer.write(value, x: rect.maxX - 1 - DisplayWidth.of(value), y: y, style: highlighted ? base.bolded : style, clip: rect)
        }
    }
}

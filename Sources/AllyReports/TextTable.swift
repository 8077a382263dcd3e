import AllyModel

/// A plain-text table with columns sized by display width (so accents, CJK and emoji line up).
public struct TextTable: Sendable {
    /// Which side of its column a cell keeps to.
    public enum Alignment: Sendable { case left, right }

    private struct Row: Sendable {
        var cells: [String]
        var mark: ReportStyle.Mark?
    }

    public var headers: [String]
    public var alignments: [Alignment]
    private var rows: [Row] = []

    /// A table with these column headers, left-aligned unless `alignments` says otherwise.
    public init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Adds a row; cells are made printable (they carry data and config text). A `mark` styles
    /// each non-empty cell after the columns are sized, so escape codes never count as width.
    public mutating func add(_ cells: [String], mark: ReportStyle.Mark? = nil) {
        rows.append(Row(cells: cells.map(TextSafety.printable), mark: mark))
    }

    /// The table: a bold header, a rule under it, then the rows. Cells wider than
    /// `maxCellWidth` columns are cut with `…`; lines carry no trailing spaces.
    public func render(maxCellWidth: Int = 48, style: ReportStyle = .plain) -> String {
        let all = [Row(cells: headers, mark: nil)] + rows
        let clipped = all.map { Row(cells: $0.cells.map { DisplayWidth.truncate($0, to: maxCellWidth) }, mark: $0.mark) }
        var widths = Array(repeating: 0, count: headers.count)
        for row in clipped {
            for (i, cell) in row.cells.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        var lines: [String] = []
        for (r, row) in clipped.enumerated() {
            var parts: [String] = []
            for i in 0..<headers.count {
                let cell = i < row.cells.count ? row.cells[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                let shown = row.mark.map { cell.isEmpty ? cell : style.apply($0, cell) } ?? cell
                parts.append(alignments[i] == .right ? pad + shown : shown + pad)
            }
            var line = parts.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(r == 0 ? style.bold(line) : line)
            if r == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }
}

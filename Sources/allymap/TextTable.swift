import AllyModel
import AllyTUI

/// A plain-text table with columns sized by display width (so accents and CJK line up).
struct TextTable {
    enum Alignment { case left, right }
    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Adds a row of plain text; cells are made printable (they carry data and config text).
    mutating func add(_ row: [String]) { rows.append(row.map(TextSafety.printable)) }

    /// Adds a row whose cells hold this program's own styling (SGR codes), kept as they are.
    mutating func addStyled(_ row: [String]) { rows.append(row) }

    func render(maxCellWidth: Int = 48) -> String {
        let all = [headers] + rows
        let clipped = all.map { $0.map { clip($0, maxCellWidth) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in clipped { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var lines: [String] = []
        for (r, row) in clipped.enumerated() {
            var parts: [String] = []
            for i in 0..<headers.count {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                parts.append(alignments[i] == .right ? pad + cell : cell + pad)
            }
            var line = parts.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(r == 0 ? Console.bold(line) : line)
            if r == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    private func clip(_ s: String, _ width: Int) -> String {
        guard DisplayWidth.of(s) > width else { return s }
        var out = ""
        for c in s { if DisplayWidth.of(out) + DisplayWidth.of(c) > width - 1 { break }; out.append(c) }
        return out + "…"
    }
}

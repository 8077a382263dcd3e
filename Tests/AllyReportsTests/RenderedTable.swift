import AllyModel

/// A rendered `TextTable` read back into cells, by the display columns its rule line marks:
/// the tests then check what each column holds, and that every cell starts where it should.
struct RenderedTable {
    /// Header cells, then one array of cells per row (trimmed).
    let header: [String]
    let rows: [[String]]
    /// Each column's start and width, in display columns.
    let spans: [(start: Int, width: Int)]

    /// Reads the table whose header is the line before the first `─` rule in `text`.
    init?(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let ruleAt = lines.firstIndex(where: { $0.hasPrefix("─") || $0.hasPrefix("  ─") }), ruleAt > 0 else { return nil }
        var spans: [(Int, Int)] = []
        var column = 0, start: Int?
        for c in lines[ruleAt] + " " {
            if c == "─" { if start == nil { start = column } } else if let s = start { spans.append((s, column - s)); start = nil }
            column += 1
        }
        self.spans = spans
        let body = lines[(ruleAt + 1)...].prefix { !$0.isEmpty }
        header = Self.cells(lines[ruleAt - 1], spans)
        rows = body.map { Self.cells($0, spans) }
    }

    /// Splits a line at the span boundaries, by display width.
    static func cells(_ line: String, _ spans: [(start: Int, width: Int)]) -> [String] {
        var cells = Array(repeating: "", count: spans.count)
        var column = 0
        for c in line {
            let i = spans.lastIndex { $0.start <= column } ?? 0
            cells[i].append(c)
            column += DisplayWidth.of(c)
        }
        return cells.map { $0.trimmingWhitespace() }
    }

}

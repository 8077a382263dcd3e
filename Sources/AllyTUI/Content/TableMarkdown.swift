import AllyModel

/// The ally table as Markdown, for `Y`: every column whatever fits on screen, scores with their
/// bands, under a line saying what was listed, in what order, under which scenario.
public enum TableMarkdown {
    /// More rows than this would not paste anywhere useful (and terminals cap OSC 52).
    public static let maximumRows = 1000

    public static func text(_ view: ViewState, rows: TableRows) -> String {
        let state = view.state
        let assessment = view.assessment
        let whatIf = state.scenarioIndex != 0
        let columns = TableColumn.allCases.filter { $0 != .change || whatIf }
        let shown = rows.ids.prefix(maximumRows)
        var scope = state.region == .world ? "Allies, all regions" : "Allies, \(state.region.name)"
        if rows.count > rows.allies { scope += ", with adversaries and armed groups" }
        var head = [scope, "sorted by \(state.tableSort.description)"]
        if !state.table.filter.isEmpty { head.append("filter \"\(state.table.filter)\"") }
        head.append("scenario \(assessment.scenario.name)")
        head.append("allymap, data to \(view.dataset.events.last?.date.text ?? "?")")
        var out = [cell(head.joined(separator: " — ")), ""]
        out.append("| " + columns.map { $0.title }.joined(separator: " | ") + " |")
        out.append("| " + columns.map { $0.isNumeric ? "---:" : "---" }.joined(separator: " | ") + " |")
        for id in shown {
            guard let actor = view.dataset.actor(id) else { continue }
            out.append("| " + columns.map { cell(text($0, actor, assessment)) }.joined(separator: " | ") + " |")
        }
        out.append("")
        if shown.count < rows.count { out.append("First \(shown.count) of \(rows.count) rows.") }
        var notes = ["Scores 0–100", "(a–b): the 5th–95th percentile of the score when the weights and unknown inputs vary",
                     "*: some inputs unknown", "a range alone: too little known to rank"]
        if whatIf { notes.append("Δ risk: risk under \(assessment.scenario.name) minus the baseline") }
        notes.append("Known: share of the risk score's weight with known inputs. Method: METHOD.md.")
        out.append(cell(notes.joined(separator: "; ")))
        return out.joined(separator: "\n") + "\n"
    }

    /// A cell's text for Markdown: the screen's text, with scores' bands in brackets.
    static func text(_ column: TableColumn, _ actor: Actor, _ assessment: Assessment) -> String {
        guard let kind = column.scoreKind, actor.kind == .ally,
              let breakdown = assessment.score(actor.id)?.breakdown(kind), breakdown.total != nil else {
            return TableCells.cell(column, of: actor, assessment).text
        }
        let band = assessment.band(kind, of: actor.id)
        if let band, !band.rankable { return band.rangeText }
        let point = breakdown.totalText + (breakdown.coverage < 0.999 ? "*" : "")
        return band.map { "\(point) (\($0.rangeText))" } ?? point
    }

    /// Text safe inside a Markdown table cell: no pipes, no control characters.
    static func cell(_ s: String) -> String {
        var out = ""
        for c in TextSafety.printable(s) {
            if c == "|" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

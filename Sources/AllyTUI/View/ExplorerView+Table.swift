import AllyModel

extension ExplorerView {
    /// The ally table in the map's frame; measures its rows and its click targets.
    func drawTable(into buffer: inout Buffer, frame: Rect, measuring measured: inout Measurements) {
        let rows = view.derived.tableRows(view.state.tableQuery)
        let area = AllyTable.rowsArea(in: frame, legend: true)
        // As the reducer computes it, so both agree on what is on screen.
        let offset = TableState.visibleOffset(stored: view.table.offset(for: view.state.tableQuery), selected: rows.index(of: view.selectedID),
                                              count: rows.count, rows: area.height)
        let shown = Array(rows.ids.dropFirst(offset).prefix(area.height))
        let table = tableWidget(frame: frame, rows: rows, shown: shown, offset: offset)
        measured.extents[.table] = Extent(lines: rows.count, rows: area.height)
        for (i, id) in shown.enumerated() {
            measured.hits.append(HitArea(Rect(x: area.x, y: area.y + i, width: area.width, height: 1), .tableRow(id)))
        }
        for (column, rect) in AllyTable.headerRects(in: frame, layout: table.layout) {
            measured.hits.append(HitArea(rect, .tableColumn(column)))
        }
        measured.hits.append(HitArea(frame, .table))
        table.render(into: &buffer, area: frame)
    }

    /// The table widget laid out for `frame`, showing the rows `shown` (from row `offset`).
    private func tableWidget(frame: Rect, rows: TableRows, shown: [String], offset: Int) -> AllyTable {
        let state = view.state
        let assessment = view.assessment
        let inner = frame.inset(by: 1)
        let layout = TableLayout(width: inner.width, candidates: state.tableColumns, longestName: rows.longestName,
                                 longestLevel: rows.count > rows.allies ? 11 : 7)
        let headers = layout.columns.map { col -> AllyTable.Header in
            var title = col.wide ? col.column.title : col.column.shortTitle
            if col.column == .change && !view.unicode { title = "chg" }
            guard state.tableSort.column == col.column else { return AllyTable.Header(key: col.column.key, title: title, arrow: nil) }
            // Without Unicode arrows the sorted column is in capitals; the frame title says which way.
            guard view.unicode else { return AllyTable.Header(key: col.column.key, title: title.uppercased(), arrow: "") }
            return AllyTable.Header(key: col.column.key, title: title, arrow: state.tableSort.descending ? "▼" : "▲")
        }
        let cells = shown.map { id -> [TableCell] in
            guard let actor = view.dataset.actor(id) else { return layout.columns.map { _ in TableCell("?", Theme.unknown) } }
            return layout.columns.map { TableCells.cell($0.column, of: actor, assessment, wide: $0.wide) }
        }
        let height = AllyTable.rowsArea(in: frame, legend: true).height
        let footer = PaneFrame.scrollFooter(total: rows.count, offset: offset, height: height, unicode: view.unicode)
        return AllyTable(title: tableTitle(rows, width: frame.width - 4), layout: layout, headers: headers, rows: cells,
                         selected: view.selectedID.flatMap { shown.firstIndex(of: $0) },
                         focused: view.focus == .map && view.mode.onScreen.isNormalOrTableFilter, emptyMessage: emptyMessage,
                         legend: legend(width: inner.width - 1, whatIf: state.scenarioIndex != 0), footer: footer, unicode: view.unicode)
    }

    /// "Europe · 11 allies · what-if NAME · filter "kor" · risk, highest first", shortened to
    /// "Europe · 11 · what-if NAME · /kor · by risk ▼" (then cut) when the frame is narrow.
    private func tableTitle(_ rows: TableRows, width: Int) -> String {
        let state = view.state
        let threats = rows.count - rows.allies
        let sort = state.tableSort
        let arrow = sort.descending ? (view.unicode ? "▼" : "v") : (view.unicode ? "▲" : "^")
        var full = [state.region == .world ? "All regions" : state.region.name]
        var short = [state.region == .world ? "World" : state.region.name]
        full.append("\(rows.allies) all\(rows.allies == 1 ? "y" : "ies")" + (threats > 0 ? " + \(threats) threat\(threats == 1 ? "" : "s")" : ""))
        short.append("\(rows.allies)" + (threats > 0 ? "+\(threats)" : ""))
        if state.scenarioIndex != 0 {
            full.append("what-if \(state.scenario.name)")
            short.append("what-if \(state.scenario.name)")
        }
        if !state.table.filter.isEmpty {
            full.append("filter \"\(state.table.filter)\"")
            short.append("/\(state.table.filter)")
        }
        full.append(sort.description)
        short.append("by \(sort.column.sortName) \(arrow)")
        for parts in [full, short] {
            let title = parts.joined(separator: " · ")
            if DisplayWidth.of(title) <= width { return title }
        }
        return DisplayWidth.truncate(short.joined(separator: " · "), to: width)
    }

    private var emptyMessage: String {
        let filter = view.table.filter
        if !filter.isEmpty { return "Nothing matches \"\(filter)\": Esc clears the filter." }
        return "No allies in \(view.region.name)."
    }

    /// What the marks in the cells mean, as much as fits in `width`.
    private func legend(width: Int, whatIf: Bool) -> String {
        var parts = ["scores 0–100", "* some inputs unknown", "a range: too little known to rank"]
        if whatIf { parts.append(view.unicode ? "Δ risk vs baseline" : "chg: risk vs baseline") }
        var out = ""
        for part in parts {
            let next = out.isEmpty ? part : out + " · " + part
            if DisplayWidth.of(next) > width { break }
            out = next
        }
        return out
    }
}

extension Mode {
    /// The table shows as focused while it is browsed or filtered.
    var isNormalOrTableFilter: Bool {
        switch self {
        case .normal, .tableFilter: return true
        default: return false
        }
    }
}

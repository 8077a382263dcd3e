import AllyModel

extension AppState {
    /// Runs a command that has been read and checked: each does what its key would, so `:region
    /// europe` and `2` leave the same state.
    mutating func perform(_ command: Command, line: String, _ derived: Derived) -> [Effect] {
        status = nil
        switch command {
        case .region(let region):
            return apply(.showRegion(region), derived)
        case .goto(let id):
            // The detail view follows the new selection; other views give way to the map.
            if mode != .detail { mode = .normal }
            select(id)
            status = dataset.actor(id).map { "\($0.name) · \($0.region.name)" }
        case .compare(let first, let other):
            if let first { select(first) }
            mode = .compare(otherID: other)
            compareScroll = 0
        case .sort(let column, let descending):
            showTable()
            sortTable(TableSort(column, descending: descending), derived)
        case .filter(let text):
            showTable()
            filterTable(text, derived)
        case .filterRegion(let region):
            showTable()
            table.filter = ""
            show(region: region)
            status = "the table of \(region.name) (:filter TEXT keeps the rows whose name contains TEXT)"
            revealTableSelection(derived)
        case .scenario(let index):
            applyScenario(index)
        case .weight(let weights, let setting):
            self.weights = weights
            status = "rescored with \(setting) for this session (saved weights unchanged)"
            return [.reweigh(weights)]
        case .tour(let paragraph):
            if mode != .tour { startTour(derived) }
            if let paragraph { return apply(.tourParagraph(paragraph), derived) }
        case .mark(let letter?):
            let mark = Bookmark(region: region, selectedID: selectedID, scenario: scenario.name)
            marks[letter] = mark
            status = "mark \(letter): \(describe(mark)) — '\(letter) comes back here"
            return [.saveMarks(marks)]
        case .mark(nil):
            status = marks.isEmpty ? "no marks yet: :mark a remembers this view as a"
                : "marks: " + marks.sorted { $0.key < $1.key }.map { "\($0.key) \(describe($0.value))" }.joined(separator: "; ")
        case .export(let path):
            status = "writing \(path)…"
            return [.exportBrief(briefRequest(path: path, line: line))]
        case .help(nil):
            return apply(.toggleHelp, derived)
        case .help(let name?):
            if let spec = CommandTable.spec(named: name) { status = ":\(spec.usage) — \(spec.help)" }
        case .quit:
            return [.quit]
        }
        return []
    }

    // MARK: - The table

    /// Puts the ally table on screen, where `:sort` and `:filter` show what they did.
    private mutating func showTable() {
        mainView = .table
        mode = .normal
        focus = .map
    }

    /// Sorts as asked (not toggled, as the column's key does): a command says which way.
    private mutating func sortTable(_ sort: TableSort, _ derived: Derived) {
        guard tableColumns.contains(sort.column) else {
            status = sort.column == .change ? "the change column is there under a what-if: :scenario NAME first"
                : "the region column is on the world table (:region world)"
            return
        }
        table.sort = sort
        status = "sorted by \(tableSort.description)"
        // As a key sort does: the cursor goes to the first row, and the panes explain it.
        if let first = derived.tableRows(tableQuery).ids.first, first != selectedID {
            selectedID = first
            resetScrolls()
        }
        revealTableSelection(derived)
    }

    private mutating func filterTable(_ text: String, _ derived: Derived) {
        // The same bound as the table's own filter prompt.
        table.filter = String(text.prefix(40))
        let rows = derived.tableRows(tableQuery)
        if table.filter.isEmpty {
            status = "filter cleared: every row"
        } else {
            status = "\(rows.count) row\(rows.count == 1 ? "" : "s") match \"\(table.filter)\" — Esc clears the filter"
        }
        if rows.index(of: selectedID) == nil, let first = rows.ids.first {
            selectedID = first
            resetScrolls()
        }
        revealTableSelection(derived)
    }

    // MARK: - Marks

    /// `'a`: back to mark a's region, selection and scenario.
    mutating func jump(toMark letter: Character) {
        mode = .normal
        guard let mark = marks[letter] else {
            let set = marks.keys.sorted().map(String.init).joined(separator: " ")
            status = "no mark '\(letter)'" + (set.isEmpty ? ": :mark \(letter) remembers the view as \(letter)" : " (marks: \(set))")
            return
        }
        show(region: mark.region)
        if let id = mark.selectedID, dataset.actor(id) != nil { select(id) }
        var note = ""
        if let index = scenarios.firstIndex(where: { $0.name == mark.scenario }) {
            scenarioIndex = index
        } else {
            note = " (scenario \(mark.scenario) no longer exists)"
        }
        status = "mark \(letter): \(describe(mark))\(note)"
    }

    /// Keys after `'`: a letter goes to its mark; anything else gives up.
    mutating func handleMarkJumpKey(_ key: Key) {
        mode = .normal
        guard case .char(let c) = key else { return }
        jump(toMark: c)
    }

    /// "Europe · Poland · us-retrenchment".
    private func describe(_ mark: Bookmark) -> String {
        let name = mark.selectedID.flatMap { dataset.actor($0)?.name } ?? "nothing selected"
        return "\(mark.region.name) · \(name) · \(mark.scenario)"
    }

    /// A brief of the view: its region and scenario, and the selected allies that are in the region
    /// (the selection, and in compare the ally beside it).
    func briefRequest(path: String, line: String) -> BriefRequest {
        var ids = [selectedID]
        if case .compare(let other) = mode { ids.append(other) }
        let allies = ids.compactMap { $0.flatMap { dataset.actor($0) } }
            .filter { $0.kind == .ally && (region == .world || $0.region == region) }
        return BriefRequest(path: path, region: region, scenario: scenario, weights: weights,
                            allyIDs: allies.map(\.id), line: line)
    }
}

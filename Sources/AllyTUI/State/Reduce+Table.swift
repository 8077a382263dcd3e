import AllyModel

/// What a key asks of the ally table (`KeyTable`'s `.table` rows).
public enum TableAction: Sendable, Equatable {
    /// ↑↓ move the cursor a row, ←→ the sort a column; with a text pane focused they act on it
    /// as on the map screen.
    case arrow(Direction)
    /// The cursor a page down (1) or up (-1).
    case page(Int)
    case first, last
    /// Sort by a column; the same column again reverses the order.
    case sort(TableColumn)
    /// Sort by the next (1) or previous (-1) column shown.
    case sortStep(Int)
    case startFilter
    /// Esc: clear the filter, else focus the table, else back to the map.
    case back
    case toggleAdversaries
}

extension AppState {
    /// Which part of the key table applies now: the table's own keys while it is shown.
    public var keyContext: KeyContext {
        mode == .normal && mainView == .table ? .table : mode.keyContext
    }

    /// The columns worth showing: the region only on the world view, the change only under a what-if.
    public var tableColumns: [TableColumn] {
        TableColumn.allCases.filter { c in
            switch c {
            case .region: return region == .world
            case .change: return scenarioIndex != 0
            default: return true
            }
        }
    }

    /// The order the table is in: the one asked for, or by name while its column is not shown
    /// (a change sort at the baseline, a region sort within one region); it comes back with it.
    public var tableSort: TableSort {
        tableColumns.contains(table.sort.column) ? table.sort : TableSort(.ally)
    }

    /// `t`: the table in place of the map, or the map again; the selection stays.
    mutating func toggleTable(_ derived: Derived) {
        mainView = mainView == .table ? .map : .table
        focus = .map
        mode = .normal
        revealTableSelection(derived)
    }

    mutating func apply(_ action: TableAction, _ derived: Derived) {
        switch action {
        case .arrow(let direction):
            guard focus == .map else { return move(direction, derived) }
            switch direction {
            case .up: moveTableCursor(by: -1, derived)
            case .down: moveTableCursor(by: 1, derived)
            case .left: stepSort(by: -1, derived)
            case .right: stepSort(by: 1, derived)
            }
        case .page(let n):
            guard focus == .map else { return scrollText(by: n * pageSize) }
            moveTableCursor(by: n * max(1, measured.rows(.table) - 1), derived)
        case .first, .last:
            guard focus == .map else { return scrollText(to: action == .first ? 0 : Int.max) }
            let count = derived.tableRows(tableQuery).count
            moveTableCursor(by: action == .first ? -count : count, derived)
        case .sort(let column):
            sortTable(by: column, derived)
        case .sortStep(let step):
            stepSort(by: step, derived)
        case .startFilter:
            focus = .map
            mode = .tableFilter(previous: table.filter)
        case .back:
            if !table.filter.isEmpty {
                table.filter = ""
                status = "filter cleared"
                revealTableSelection(derived)
            } else if focus != .map {
                focus = .map
            } else {
                mainView = .map
            }
        case .toggleAdversaries:
            table.showsAdversaries.toggle()
            status = table.showsAdversaries ? "listing adversaries and armed groups too (no scores: they are not allies)" : "listing allies only"
            revealTableSelection(derived)
        }
    }

    // MARK: - Cursor and order

    /// Moves the selection `n` rows, within the table. A selection the table does not list
    /// (a threat while only allies are) counts as just above the first row.
    mutating func moveTableCursor(by n: Int, _ derived: Derived) {
        let rows = derived.tableRows(tableQuery)
        guard !rows.ids.isEmpty else { return }
        let target = max(0, min(rows.count - 1, (rows.index(of: selectedID) ?? -1) + n))
        if rows.ids[target] != selectedID {
            selectedID = rows.ids[target]
            resetScrolls()
        }
        revealTableSelection(derived)
    }

    mutating func sortTable(by column: TableColumn, _ derived: Derived) {
        guard tableColumns.contains(column) else {
            status = column == .change ? "Δ is the change under a what-if: press s to pick one first"
                : "the region column is on the world table (0)"
            return
        }
        table.sort = tableSort.column == column ? TableSort(column, descending: !tableSort.descending) : TableSort(column)
        status = "sorted by \(tableSort.description)"
        // A sort asks who comes first: the cursor goes there, and the panes say why.
        let rows = derived.tableRows(tableQuery)
        if let first = rows.ids.first, first != selectedID {
            selectedID = first
            resetScrolls()
        }
        revealTableSelection(derived)
    }

    private mutating func stepSort(by step: Int, _ derived: Derived) {
        let columns = tableColumns
        let i = columns.firstIndex(of: tableSort.column) ?? 0
        sortTable(by: columns[((i + step) % columns.count + columns.count) % columns.count], derived)
    }

    /// Scrolls the table just enough to show the selection (as the view does when it draws).
    /// Before the table's height is measured the view does it, and the next measurement here.
    mutating func revealTableSelection(_ derived: Derived) {
        guard mainView == .table else { return }
        let query = tableQuery
        let stored = table.offset(for: query)
        (table.offset, table.offsetQuery) = (stored, query)
        guard let visible = measured.extents[.table]?.rows else { return }
        let rows = derived.tableRows(query)
        table.offset = TableState.visibleOffset(stored: stored, selected: rows.index(of: selectedID), count: rows.count, rows: visible)
    }

    // MARK: - Filter prompt

    /// A key while typing a filter: the table narrows as each letter is typed.
    mutating func handleFilterKey(_ key: Key, previous: String, _ derived: Derived) {
        switch KeyTable.action(for: key, in: .prompt) {
        case .back?:
            table.filter = previous
            mode = .normal
        case .acceptPrompt?:
            mode = .normal
            let n = derived.tableRows(tableQuery).count
            if !table.filter.isEmpty { status = "\(n) row\(n == 1 ? "" : "s") match \"\(table.filter)\" — Esc clears the filter" }
        case .deleteBackward?:
            if table.filter.isEmpty { mode = .normal } else { table.filter.removeLast() }
        case .nextChoice?:
            moveTableCursor(by: 1, derived)
        case .previousChoice?:
            moveTableCursor(by: -1, derived)
        default:
            guard case .char(let c) = key, table.filter.count < 40 else { break }
            table.filter.append(c)
        }
        // The cursor stays on the selection while it matches, else goes to the first match.
        let rows = derived.tableRows(tableQuery)
        if rows.index(of: selectedID) == nil, let first = rows.ids.first {
            selectedID = first
            resetScrolls()
        }
        revealTableSelection(derived)
    }
}

extension AppState {
    /// `Y`: the table of the current region, as sorted and filtered, as Markdown.
    mutating func copyTable(_ derived: Derived) -> [Effect] {
        let rows = derived.tableRows(tableQuery)
        guard !rows.ids.isEmpty else {
            status = "nothing to copy: the table is empty"
            return []
        }
        let text = TableMarkdown.text(ViewState(self, derived), rows: rows)
        let n = min(rows.count, TableMarkdown.maximumRows)
        let what = n < rows.count ? "the first \(n) of \(rows.count) rows" : "\(n) row\(n == 1 ? "" : "s")"
        status = "copied \(what) as Markdown (\(region == .world ? "all regions" : region.name), by \(tableSort.description))"
        return [.copy(text)]
    }
}

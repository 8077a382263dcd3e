import AllyModel
import Testing
@testable import AllyTUI

/// The ally table (`t`): its rows, their order, the keys that move and sort, the filter, and the
/// selection it shares with the map and the panes.
@Suite struct AllyTableTests {
    // MARK: - Fixtures

    static let retrenchment = ScenarioPresets.named("us-retrenchment")!

    static func table(width: Int = 120, height: Int = 40, region: Region = .world, whatIf: Bool = false) -> ExplorerSession {
        var s = AppState.fixture(width: width, height: height, region: region, scenarios: [.baseline, retrenchment])
        // The what-if is picked from the `s` list, as a user picks it.
        if whatIf { s.press(.char("s"), .down, .enter) }
        s.press(.char("t"))
        return s
    }

    static func rows(_ s: ExplorerSession) -> [String] { s.derived.tableRows(s.state.tableQuery).ids }

    /// The lines of the table's frame on screen (the left part of the body).
    static func tableLines(_ s: ExplorerSession) -> [String] {
        let frame = s.state.layout.map
        return s.render().plainText.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(frame.y).prefix(frame.height).map { String($0.prefix(frame.width)) }
    }

    // MARK: - Showing it

    @Test func tShowsTheTableInPlaceOfTheMapAndBackKeepingTheSelection() {
        var s = AppState.fixture(region: .europe)
        s.select("poland")
        s.press(.char("t"))
        #expect(s.mainView == .table)
        let screen = s.render().plainText
        #expect(!screen.contains("Europe map"))
        #expect(screen.contains("a Ally"), "the header names each column's sort key")
        #expect(s.selectedID == "poland")
        s.press(.char("t"))
        #expect(s.mainView == .map)
        #expect(s.render().plainText.contains("Europe map"))
        #expect(s.selectedID == "poland")
    }

    @Test func everyAllyOfTheRegionIsARowAndTheWorldHasThemAll() {
        for region in Region.tabOrder {
            let s = Self.table(region: region)
            #expect(Set(Self.rows(s)) == Set(s.dataset.allies(in: region).map(\.id)), "\(region)")
        }
    }

    @Test func regionKeysChangeWhichAlliesAreListed() {
        var s = Self.table()
        s.press(.char("2"))
        #expect(s.mainView == .table, "a region key filters the table, it does not leave it")
        #expect(Self.rows(s).allSatisfy { s.dataset.actor($0)?.region == .europe })
        #expect(Self.tableLines(s)[0].contains("Europe · 16 allies"))
    }

    // MARK: - Sorting

    @Test func riskSortPutsTheHighestFirstAndAgainReverses() throws {
        var s = Self.table()
        s.press(.char("r"))
        let risk = { (id: String) in s.assessment.score(id)?.risk.total ?? -1 }
        let rows = Self.rows(s)
        #expect(rows.count == 33)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { risk($0) >= risk($1) })
        // The same first row as `allymap list --sort risk`.
        #expect(rows.first == "taiwan")
        #expect(Self.tableLines(s)[2].contains("Taiwan"), "the first row on screen is the highest risk")
        s.press(.char("r"))
        let reversed = Self.rows(s)
        #expect(zip(reversed, reversed.dropFirst()).allSatisfy { risk($0) <= risk($1) })
    }

    @Test(arguments: TableColumn.allCases)
    func everyColumnKeySortsByThatColumnBothWays(column: TableColumn) {
        var s = Self.table(whatIf: true)
        s.press(.char(column == .risk ? "a" : "r"))  // from another column, so the key sorts its first way
        s.press(.char(column.key))
        #expect(s.table.sort == TableSort(column))
        for descending in [column.descendingFirst, !column.descendingFirst] {
            let rows = Self.rows(s)
            let values = rows.map { Self.expectedValue(column, of: s.dataset.actor($0)!, s.assessment) }
            let known = values.compactMap { $0 }
            #expect(values.prefix(known.count).allSatisfy { $0 != nil }, "rows without a value come last")
            #expect(zip(known, known.dropFirst()).allSatisfy { descending ? $0 >= $1 : $0 <= $1 }, "\(column) descending \(descending)")
            if column == .ally {
                let names = rows.map { Dataset.fold(s.dataset.actor($0)!.name) }
                #expect(names == (descending ? names.sorted(by: >) : names.sorted()))
            }
            s.press(.char(column.key))
        }
    }

    /// What a column sorts by, worked out from the scores directly (names: checked apart).
    static func expectedValue(_ column: TableColumn, of actor: Actor, _ assessment: Assessment) -> Double? {
        let scores = assessment.score(actor.id)
        switch column {
        case .ally: return 0
        case .region: return Double(Region.allCases.firstIndex(of: actor.region)!)
        case .reliance: return scores?.reliance.total
        case .commitment: return scores?.commitment.total
        case .exposure: return scores?.exposure.total
        case .risk: return scores?.risk.total
        case .level:
            guard let risk = scores?.risk, RiskLevel(risk) != .unknown else { return nil }
            return Double([RiskLevel.low, .medium, .high].firstIndex(of: RiskLevel(risk))!) * 1000 + risk.total!
        case .change:
            guard let now = scores?.risk.total, let before = assessment.baseline(actor.id)?.risk.total else { return nil }
            return Double(abs(Assessment.shownChange(from: before, to: now)))
        case .known: return scores?.risk.coverage
        }
    }

    @Test func changeIsSortedByHowMuchRiskMovesAndOnlyUnderAWhatIf() {
        var base = Self.table()
        base.press(.char("d"))
        #expect(base.table.sort.column == .ally, "no change column at the baseline")
        #expect(base.status?.contains("press s") == true)
        #expect(!Self.tableLines(base)[1].contains("d Δ"))

        var s = Self.table(whatIf: true)
        #expect(Self.tableLines(s)[1].contains("d Δ"))
        s.press(.char("d"))
        let change = { (id: String) in abs(TableCells.riskChange(of: id, s.assessment) ?? 0) }
        let rows = Self.rows(s)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { change($0) >= change($1) })
        #expect(change(rows[0]) > 0)
    }

    @Test func theScenarioListOpensOverTheTableAndItsChoiceDrivesTheChangeColumn() {
        var s = Self.table(region: .europe)
        s.press(.char("s"))
        #expect(s.mode == .scenarioPicker(ScenarioPicker(index: 0, over: .normal)))
        s.press(.escape)
        #expect(s.mode == .normal && s.mainView == .table, "Esc goes back to the table")
        s.press(.char("s"), .down, .enter)
        #expect(s.mainView == .table && s.scenario.name == "us-retrenchment")
        let screen = s.render().plainText
        #expect(Self.tableLines(s)[1].contains("d Δ"))
        #expect(screen.contains("us-retrenchment"), "the banner names the scenario over the table")
        s.press(.char("d"))
        let first = Self.rows(s)[0]
        #expect(TableCells.riskChange(of: first, s.assessment).map(abs) == Self.rows(s).compactMap { TableCells.riskChange(of: $0, s.assessment).map(abs) }.max())
        s.press(.char("S"))
        #expect(s.scenarioIndex == 0 && s.mainView == .table)
        #expect(!Self.tableLines(s)[1].contains("d Δ"), "no change column at the baseline")
    }

    @Test func theTourAndAClaimsItemShowTheMap() throws {
        var s = Self.table(region: .europe)
        s.press(.char("T"))
        #expect(s.mode == .tour && s.mainView == .map)
        s.press(.char("x"))
        #expect(s.mode == .normal && s.mainView == .map, "x explores from the tour's map")
        s.press(.char("t"), .char("C"))
        #expect(s.mode == .claims)
        s.press(.char("C"))
        #expect(s.mode == .normal && s.mainView == .table, "closing the board comes back to the table")
        // Enter on an item of evidence that names an actor: the map, moved to it.
        s.press(.char("C"))
        let entry = try #require(s.state.boardEntries(s.derived).first)
        s.press(.enter)
        let target = try #require(entry.evidence.firstIndex { $0.actorID != nil })
        for _ in 0..<target { s.press(.down) }
        s.press(.enter)
        #expect(s.mode == .normal && s.mainView == .map)
        #expect(s.selectedID == entry.evidence[target].actorID)
    }

    @Test func theChangeColumnCountsAsTheMapsLabelsDo() {
        let s = Self.table(whatIf: true)
        for id in Self.rows(s) {
            // The map leaves out a zero change; the table prints it.
            let table = TableCells.riskChange(of: id, s.assessment)
            #expect((table == 0 ? nil : table) == s.assessment.riskChange(of: id), "\(id)")
        }
    }

    @Test func aSortByAHiddenColumnWaitsForItsColumnToComeBack() {
        var s = Self.table(whatIf: true)
        s.press(.char("d"))
        s.press(.char("S"))  // back to the baseline: no change column
        #expect(s.state.tableSort == TableSort(.ally))
        #expect(Self.tableLines(s)[1].contains("a Ally▲"))
        s.press(.char("s"), .down, .enter)
        #expect(s.state.tableSort == TableSort(.change))
        s.press(.char("o"), .char("2"))
        #expect(s.state.tableSort == TableSort(.ally), "no region column within one region")
    }

    @Test func arrowsAndAnglesStepTheSortAcrossTheShownColumns() {
        var s = Self.table(region: .europe)
        s.press(.right)
        #expect(s.table.sort.column == .reliance, "the region column is skipped outside the world view")
        s.press(.char("<"))
        #expect(s.table.sort.column == .ally)
        s.press(.left)
        #expect(s.table.sort.column == .known, "wraps around")
    }

    @Test func sortingPutsTheCursorOnTheFirstRowAndThePanesOnIt() {
        var s = Self.table(height: 24, region: .world)
        s.press(.end)
        s.press(.char("r"))
        #expect(s.selectedID == "taiwan")
        #expect(s.table.offset == 0)
        #expect(s.render().plainText.contains("Taiwan · Asia · ally"))
    }

    // MARK: - Moving

    @Test func downAndUpWalkEveryRowAndTheSelectionDrivesThePanes() {
        var s = Self.table(height: 24)
        s.press(.home)
        var visited: [String] = []
        let rows = Self.rows(s)
        for _ in rows {
            visited.append(s.selectedID!)
            let name = s.selected!.name
            #expect(s.render().plainText.contains("\(name) · \(s.selected!.region.name) · ally"), "the pane shows \(name)")
            s.press(.down)
        }
        #expect(visited == rows, "every ally is reachable from the table")
        #expect(s.selectedID == rows.last, "down stops at the last row")
        s.press(.char("k"))
        #expect(s.selectedID == rows[rows.count - 2])
    }

    @Test func aSelectionTheTableDoesNotListStartsAboveTheFirstRow() {
        var s = Self.table(region: .europe)
        s.select("russia") // as a search would: threats are not listed
        #expect(!s.render().styleLayer.contains("#"), "no row is highlighted")
        s.press(.down)
        #expect(s.selectedID == Self.rows(s).first)
        s.select("russia")
        s.press(.end)
        #expect(s.selectedID == Self.rows(s).last)
    }

    @Test func pageHomeAndEndMoveTheCursorAndKeepItOnScreen() {
        var s = Self.table(width: 80, height: 24)
        let rows = Self.rows(s)
        s.press(.char("g"))
        #expect(s.selectedID == rows.first)
        s.press(.pageDown)
        let page = s.measured.rows(.table) - 1
        #expect(s.selectedID == rows[page])
        s.press(.end)
        #expect(s.selectedID == rows.last)
        #expect(Self.tableLines(s).contains { $0.contains(s.selected!.name) })
        #expect(s.table.offset == rows.count - s.measured.rows(.table), "the last page is full")
        s.press(.char(" "))
        #expect(s.selectedID == rows.last)
        s.press(.pageUp)
        #expect(s.selectedID == rows[rows.count - 1 - page])
    }

    @Test func withAPaneFocusedArrowsScrollItAndEscReturnsToTheTable() {
        var s = Self.table(region: .middleEast)
        let selected = s.selectedID
        s.press(.tab)
        #expect(s.focus == .dependency)
        s.press(.down)
        #expect(s.selectedID == selected)
        #expect(s.state.scrollOffset(.dependency) == 1)
        s.press(.escape)
        #expect(s.focus == .map)
        #expect(s.mainView == .table)
        s.press(.escape)
        #expect(s.mainView == .map, "Esc with nothing else to undo goes back to the map")
    }

    @Test func enterOpensTheSelectedRowsDetailAndEscComesBackToTheTable() {
        var s = Self.table(region: .asia)
        s.press(.down)
        let id = s.selectedID
        s.press(.enter)
        #expect(s.mode == .detail)
        #expect(s.render().plainText.contains("\(s.selected!.name) — detail"))
        s.press(.escape)
        #expect(s.mode == .normal)
        #expect(s.mainView == .table)
        #expect(s.selectedID == id)
    }

    // MARK: - Filtering

    @Test func slashFiltersAsYouTypeEnterKeepsAndEscClears() {
        var s = Self.table()
        s.press(.char("/"))
        s.type("lat")
        #expect(Self.rows(s) == ["latvia"])
        #expect(s.selectedID == "latvia", "the cursor goes to the first match")
        #expect(s.render().plainText.split(separator: "\n").last!.hasPrefix("filter: lat"))
        s.press(.enter)
        #expect(s.mode == .normal)
        #expect(s.table.filter == "lat")
        #expect(Self.tableLines(s)[0].contains("filter \"lat\""))
        s.press(.escape)
        #expect(s.table.filter.isEmpty)
        #expect(Self.rows(s).count == 33)
        #expect(s.mainView == .table)
    }

    @Test func escWhileTypingPutsBackTheFilterThereWas() {
        var s = Self.table()
        s.press(.char("/"))
        s.type("kor")
        s.press(.enter, .char("/"))
        s.type("xyz")
        #expect(Self.rows(s).isEmpty)
        #expect(Self.tableLines(s).contains { $0.contains("Nothing matches \"korxyz\"") })
        s.press(.escape)
        #expect(s.table.filter == "kor")
        #expect(Self.rows(s) == ["south-korea"])
    }

    @Test func theFilterMatchesCodesAndAliasesAsSearchDoes() {
        var s = Self.table()
        s.press(.char("/"))
        s.type("rok")
        #expect(Self.rows(s) == ["south-korea"])
    }

    @Test func adversariesComeOnAToggleWithoutScores() throws {
        var s = Self.table(region: .europe)
        s.press(.char("A"))
        let rows = Self.rows(s)
        #expect(rows.contains("russia"))
        #expect(!rows.contains { s.dataset.actor($0)?.kind == .us })
        s.press(.char("r"))
        let kinds = Self.rows(s).map { s.dataset.actor($0)!.kind }
        #expect(kinds.firstIndex { $0 != .ally }! == kinds.filter { $0 == .ally }.count, "unscored threats sort last")
        // Threats were reachable only by search (issue 15): here the cursor gets to them.
        s.press(.end)
        let last = try #require(s.selected)
        #expect(last.kind.isThreat, "the last row is a threat and the cursor selects it")
        #expect(s.render().plainText.contains("\(last.name) · Europe · \(last.kind.label)"), "the panes show it")
        let line = try #require(Self.tableLines(s).first { $0.contains(last.name) })
        #expect(line.contains(last.kind == .adversary ? "adversary" : "armed group") && line.contains("—"))
        s.press(.char("A"))
        #expect(!Self.rows(s).contains("russia"))
    }

    // MARK: - Mouse

    @Test func clickingARowSelectsItAndClickingAHeaderSortsByIt() throws {
        var s = Self.table(region: .europe)
        let target = try #require(s.measured.hits.first { if case .tableRow("poland") = $0.target { return true } else { return false } })
        s.send(.mouse(MouseEvent(kind: .press, x: target.rect.x + 2, y: target.rect.y)))
        #expect(s.selectedID == "poland")
        let header = try #require(s.measured.hits.first { $0.target == .tableColumn(.exposure) })
        s.send(.mouse(MouseEvent(kind: .press, x: header.rect.x, y: header.rect.y)))
        #expect(s.table.sort == TableSort(.exposure))
        let tab = try #require(s.measured.hits.first { $0.target == .tableTab })
        s.send(.mouse(MouseEvent(kind: .press, x: tab.rect.x, y: tab.rect.y)))
        #expect(s.mainView == .map)
    }

    @Test func theWheelMovesTheCursor() throws {
        var s = Self.table(width: 80, height: 24)
        s.press(.home)
        let row = try #require(s.measured.hits.first { if case .tableRow = $0.target { return true } else { return false } })
        s.send(.mouse(MouseEvent(kind: .wheelDown, x: row.rect.x, y: row.rect.y)))
        #expect(s.selectedID == Self.rows(s)[3])
    }

    // MARK: - Copy

    @Test func bigYCopiesTheTableAsMarkdownInItsOrder() throws {
        var s = Self.table(region: .europe, whatIf: true)
        s.press(.char("r"))
        let effects = s.press(.char("Y"))
        guard case .copy(let text)? = effects.first else { Issue.record("Y copied nothing"); return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].isEmpty)
        #expect(lines[0].contains("Allies, Europe — sorted by risk, highest first — scenario us-retrenchment"))
        #expect(lines[2] == "| Ally | Region | Reliance | Commitment | Exposure | Risk | Level | Δ risk | Known |")
        #expect(lines[3].hasPrefix("| --- | --- | ---: |"))
        let names = lines.dropFirst(4).prefix { $0.hasPrefix("| ") }.map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) }
        #expect(names == Self.rows(s).map { s.dataset.actor($0)!.name })
        // Estonia's risk with its band, as on screen under the scenario.
        let estonia = try #require(lines.first { $0.hasPrefix("| Estonia |") })
        let risk = s.assessment.score("estonia")!.risk
        #expect(estonia.contains("| \(risk.totalText)"))
        #expect(text.contains("5th–95th percentile"))
        #expect(s.status?.hasPrefix("copied 16 rows as Markdown") == true)
    }

    @Test func bigYOnTheMapCopiesTheRegionsTable() {
        var s = AppState.fixture(region: .asia)
        guard case .copy(let text)? = s.press(.char("Y")).first else { Issue.record("Y copied nothing"); return }
        #expect(text.hasPrefix("Allies, Asia — sorted by name, A to Z"))
        #expect(text.contains("| Japan |"))
    }

    @Test func markdownCellsEscapePipes() {
        #expect(TableMarkdown.cell("a|b") == "a\\|b")
    }

    @Test func copyingAnEmptyTableSaysSo() {
        var s = Self.table()
        s.press(.char("/"))
        s.type("zzz")
        s.press(.enter)
        #expect(s.press(.char("Y")).isEmpty)
        #expect(s.status == "nothing to copy: the table is empty")
    }

    // MARK: - Keys

    @Test func theStatusBarShowsTheTablesHints() {
        let s = Self.table(width: 200, height: 60)
        let bottom = s.render().plainText.split(separator: "\n").last.map(String.init) ?? ""
        for (keys, hint) in KeyTable.hints(in: .table) { #expect(bottom.contains("\(keys) \(hint)")) }
        #expect(bottom.contains("←→ sort") && bottom.contains("/ filter"))
    }

    @Test func sortKeysAreFreeInTheTable() {
        // Every other key the table answers (map keys, s S T C y Y t A …) keeps its meaning there.
        let taken = Set(KeyTable.bindings.filter { b in
            guard b.contexts.contains(.table) else { return false }
            if case .table(.sort) = b.action { return false }
            return true
        }.flatMap(\.keys))
        for c in TableColumn.allCases {
            #expect(!taken.contains(.char(c.key)), "\(c) uses \(c.key)")
            #expect(KeyTable.action(for: .char(c.key), in: .table) == .table(.sort(c)))
        }
        #expect(Set(TableColumn.allCases.map(\.key)).count == TableColumn.allCases.count)
        for key: Character in ["s", "S", "T", "C", "y"] {
            #expect(KeyTable.action(for: .char(key), in: .table) == KeyTable.action(for: .char(key), in: .normal),
                    "\(key) does in the table what it does on the map")
        }
        #expect(KeyTable.action(for: .char(MainView.tableKey), in: .normal) == .toggleTable)
    }
}

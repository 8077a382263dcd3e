import AllyModel
import Testing
@testable import AllyTUI

@Suite struct ReducerTests {
    @Test func startsOnTheMiddleEastWithAnAllySelected() {
        let s = AppState.fixture()
        #expect(s.region == .middleEast)
        #expect(s.selected?.kind == .ally)
        #expect(s.selected?.region == .middleEast)
        #expect(s.focus == .map)
    }

    @Test(arguments: [(Character("1"), Region.middleEast), ("2", .europe), ("3", .asia), ("0", .world)])
    func digitsJumpToRegions(key: Character, region: Region) {
        var s = AppState.fixture(region: region == .middleEast ? .europe : .middleEast)
        s.press(.char(key))
        #expect(s.region == region)
        if region != .world { #expect(s.selected?.region == region) }
    }

    @Test func regionRemembersItsSelection() {
        var s = AppState.fixture()
        s.press(.char("2"))
        s.select("poland")
        s.press(.char("3"), .char("2"))
        #expect(s.selectedID == "poland")
    }

    @Test(arguments: [
        ("germany", Direction.right, "poland"), ("poland", .up, "lithuania"), ("poland", .left, "germany"),
        ("israel", .up, "turkey"), ("israel", .right, "jordan"), ("japan", .left, "south-korea"), ("south-korea", .right, "japan"),
        ("taiwan", .down, "philippines"), ("estonia", .down, "latvia"), ("uk", .right, "belgium"), ("netherlands", .right, "germany"),
    ])
    func arrowsMoveToTheNearestAllyThatWay(from: String, direction: Direction, to: String) {
        var s = AppState.fixture()
        s.select(from)
        let key: Key = [Direction.up: Key.up, .down: .down, .left: .left, .right: .right][direction]!
        s.press(key)
        #expect(s.selectedID == to)
    }

    @Test func arrowWithNothingThatWayKeepsTheSelection() {
        var s = AppState.fixture()
        s.select("uk")
        s.press(.char("2"))
        s.select("spain")
        s.press(.left) // nothing west of Madrid among Europe's allies
        #expect(s.selectedID == "spain")
    }

    @Test func hjklMoveLikeArrows() {
        var a = AppState.fixture(), b = AppState.fixture()
        a.select("germany"); b.select("germany")
        a.press(.right); b.press(.char("l"))
        #expect(a.selectedID == b.selectedID)
    }

    @Test func tabCyclesFocusThroughEveryPaneAndBack() {
        var s = AppState.fixture()
        var seen: [PaneID] = []
        for _ in 0..<5 { s.press(.tab); seen.append(s.focus) }
        #expect(seen == [.dependency, .risk, .claims, .events, .map])
        s.press(.backTab)
        #expect(s.focus == .events)
    }

    @Test func scrollingAFocusedPaneIsClampedToItsContent() {
        var s = AppState.fixture()
        s.select("israel")
        s.press(.tab, .tab, .tab) // claims
        #expect(s.focus == .claims)
        s.press(.char("j"), .down)
        #expect(s.scrollOffset(.claims) == 2)
        s.press(.char("k"))
        #expect(s.scrollOffset(.claims) == 1)
        s.press(.pageDown)
        #expect(s.scrollOffset(.claims) > 5)
        s.press(.char("G"))
        let end = s.scrollOffset(.claims)
        s.press(.down, .pageDown)
        #expect(s.scrollOffset(.claims) == end, "cannot scroll past the end")
        s.press(.char("g"))
        #expect(s.scrollOffset(.claims) == 0)
        s.press(.pageUp, .up)
        #expect(s.scrollOffset(.claims) == 0)
    }

    @Test func arrowsOnAPaneScrollInsteadOfMoving() {
        var s = AppState.fixture()
        s.select("israel")
        s.press(.tab, .tab, .tab)
        s.press(.down)
        #expect(s.selectedID == "israel")
        #expect(s.scrollOffset(.claims) == 1)
    }

    @Test func escapeReturnsFocusToTheMap() {
        var s = AppState.fixture()
        s.press(.tab, .escape)
        #expect(s.focus == .map)
    }

    @Test func enterOpensDetailEscapeBacksOut() {
        var s = AppState.fixture()
        s.press(.enter)
        #expect(s.mode == .detail)
        s.press(.down, .down, .pageDown)
        #expect(s.detailScroll > 2)
        s.press(.escape)
        #expect(s.mode == .normal)
    }

    @Test func slashSearchJumpsToJapanAcrossRegions() {
        var s = AppState.fixture()
        s.press(.char("/"))
        s.type("jap")
        guard case .search(let search) = s.mode else { Issue.record("not searching"); return }
        #expect(search.matches.first == "japan")
        s.press(.enter)
        #expect(s.mode == .normal)
        #expect(s.selectedID == "japan")
        #expect(s.region == .asia)
    }

    @Test func searchByCodeBackspaceAndCancel() {
        var s = AppState.fixture()
        let before = s.selectedID
        s.press(.char("/"))
        s.type("krx")
        s.press(.backspace)
        guard case .search(let search) = s.mode else { Issue.record("not searching"); return }
        #expect(search.query == "kr")
        #expect(search.matches.contains("south-korea"))
        s.press(.escape)
        #expect(s.mode == .normal)
        #expect(s.selectedID == before)
    }

    @Test func searchWithNoMatchSaysSo() {
        var s = AppState.fixture()
        s.press(.char("/"))
        s.type("zzz")
        s.press(.enter)
        #expect(s.status?.contains("no actor matches") == true)
    }

    @Test func nAndShiftNStepThroughMatches() {
        var s = AppState.fixture()
        s.press(.char("/"))
        s.type("korea")
        s.press(.enter)
        let first = s.selectedID
        s.press(.char("n"))
        let second = s.selectedID
        #expect(first != second)
        #expect(Set([first, second]) == ["south-korea", "north-korea"])
        s.press(.char("N"))
        #expect(s.selectedID == first)
    }

    @Test func nWithoutASearchExplains() {
        var s = AppState.fixture()
        s.press(.char("n"))
        #expect(s.status?.contains("press /") == true)
    }

    @Test func compareWithAnotherAlly() {
        var s = AppState.fixture()
        s.select("israel")
        s.press(.char("c"))
        s.type("pol")
        s.press(.enter)
        #expect(s.mode == .compare(otherID: "poland"))
        #expect(s.selectedID == "israel")
        s.press(.escape)
        #expect(s.mode == .normal)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var s = AppState.fixture()
        s.press(.char("?"))
        #expect(s.mode == .help)
        let effects = s.press(.char("q"))
        #expect(s.mode == .normal)
        #expect(effects.isEmpty, "q closes help first")
    }

    @Test func helpScrollsOnSmallScreens() {
        var s = AppState.fixture(width: 60, height: 20)
        s.press(.char("?"), .down, .down)
        #expect(s.mode == .help)
        #expect(s.helpScroll == 2)
        for _ in 0..<30 { s.press(.pageDown) } // past the end, however long the help grows
        let end = s.helpScroll
        let help = HelpOverlay(lines: HelpContent.lines(unicode: true), offset: 0, unicode: true)
        let rows = help.textArea(in: Rect(x: 0, y: 1, width: 60, height: 18)).height
        #expect(end == help.lines.count - rows)
        s.press(.up)
        #expect(s.helpScroll == end - 1)
        s.press(.escape)
        #expect(s.mode == .normal)
    }

    /// Ctrl-C is the loop's (exit 130, like SIGINT), not the reducer's.
    @Test func qQuitsAndCtrlCIsLeftToTheLoop() {
        var s = AppState.fixture()
        #expect(s.press(.char("q")) == [.quit])
        #expect(s.press(.ctrl("c")).isEmpty)
    }

    /// `s` used to cycle blindly; it now opens the what-if list (ScenarioWorkbenchTests has the rest).
    @Test func scenarioKeyPicksAndRecolours() {
        var s = AppState.fixture(scenarios: [.baseline, Scenario(name: "withdrawn", usCommitment: 0)])
        let before = s.assessment.score("japan")?.risk.total
        s.press(.char("s"), .down, .enter)
        #expect(s.assessment.scenarioName == "withdrawn")
        let after = s.assessment.score("japan")?.risk.total
        #expect((after ?? 0) > (before ?? 0))
        s.press(.char("S"))
        #expect(s.assessment.scenarioName == "baseline")
    }

    @Test func resizeChangesLayoutAndTooSmallRecovers() {
        var s = AppState.fixture()
        #expect(s.layout.kind == .wide)
        s.send(.resize(Size(width: 80, height: 24)))
        #expect(s.layout.kind == .sideBySide)
        s.send(.resize(Size(width: 60, height: 20)))
        #expect(s.layout.kind == .stacked)
        s.send(.resize(Size(width: 40, height: 10)))
        #expect(s.layout.kind == .tooSmall)
        s.send(.resize(Size(width: 120, height: 40)))
        #expect(s.layout.kind == .wide)
    }

    /// The too-small screen says "q to quit" whatever mode is hidden behind it (the search
    /// prompt took the q as a letter, help and compare need it twice).
    @Test(arguments: [Key.char("/"), .char("?"), .char("c"), .enter])
    func qQuitsTheTooSmallScreenInEveryMode(opening key: Key) {
        var s = AppState.fixture()
        if key == .char("c") { s.select("japan") }
        s.press(key)
        #expect(s.mode != .normal)
        s.send(.resize(Size(width: 40, height: 10)))
        #expect(s.layout.kind == .tooSmall)
        #expect(s.press(.char("q")) == [.quit])
    }

    @Test func qInTheSearchPromptIsALetterWhenTheScreenIsBigEnough() {
        var s = AppState.fixture()
        s.press(.char("/"))
        #expect(s.press(.char("q")).isEmpty)
        guard case .search(let search) = s.mode else { Issue.record("the prompt closed"); return }
        #expect(search.query == "q")
    }

    @Test func tabbedLayoutsShowTheFocusedPane() {
        var s = AppState.fixture(width: 80, height: 24)
        s.press(.tab, .tab)
        #expect(s.currentTextPane == .risk)
        s.press(.right)
        #expect(s.currentTextPane == .claims)
    }

    @Test func clicksSelectSwitchRegionsAndFocus() {
        var s = AppState.fixture()
        // Region tabs live in the title bar.
        let tabs = s.frame().measurements!.hits.filter { $0.target == .regionTab(.europe) }
        #expect(tabs.count == 1)
        s.send(.mouse(MouseEvent(kind: .press, x: tabs[0].rect.x + 1, y: 0)))
        #expect(s.region == .europe)
        // Click Poland's marker.
        let area = s.layout.map.inset(by: 1)
        let cell = ExplorerView(s).mapView(area: area).markerCells(in: area)["poland"]!
        s.send(.mouse(MouseEvent(kind: .press, x: cell.x, y: cell.y)))
        #expect(s.selectedID == "poland")
        // Click inside the Claims pane, then wheel it.
        let claims = s.layout.panes[.claims]!
        s.send(.mouse(MouseEvent(kind: .press, x: claims.x + 3, y: claims.y + 3)))
        #expect(s.focus == .claims)
        s.send(.mouse(MouseEvent(kind: .wheelDown, x: claims.x + 3, y: claims.y + 3)))
        #expect(s.scrollOffset(.claims) == 3)
        s.send(.mouse(MouseEvent(kind: .wheelUp, x: claims.x + 3, y: claims.y + 3)))
        #expect(s.scrollOffset(.claims) == 0)
    }
}

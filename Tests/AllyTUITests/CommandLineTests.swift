import AllyModel
import Testing
@testable import AllyTUI

/// The `:` command line through the reducer and the view, as keys arrive from the terminal.
@Suite struct CommandLineTests {
    static func session(width: Int = 120, height: Int = 40, region: Region = .middleEast) -> ExplorerSession {
        .fixture(width: width, height: height, region: region, scenarios: ScenarioPresets.all)
    }

    static func line(_ s: ExplorerSession) -> CommandLineState? {
        if case .command(let line) = s.mode { return line }
        return nil
    }

    static func bottom(_ s: ExplorerSession) -> String {
        s.render().plainText.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// Types `text` into an open command line.
    static func run(_ s: inout ExplorerSession, _ text: String) -> [Effect] {
        s.press(.char(":"))
        s.type(text)
        return s.press(.enter)
    }

    // MARK: - Opening, typing, closing

    @Test func colonOpensTheLineOnTheBottomRow() {
        var s = Self.session()
        s.press(.char(":"))
        #expect(Self.line(s) == CommandLineState(over: .normal))
        s.type("goto")
        #expect(Self.bottom(s).hasPrefix(":goto "))
        #expect(Self.bottom(s).contains("Enter run"), "the keys show while nothing names a command: \(Self.bottom(s))")
    }

    @Test func escCancelsAndNothingChanges() {
        var s = Self.session()
        let before = (s.region, s.selectedID, s.scenarioIndex)
        s.press(.char(":"))
        s.type("region europe")
        s.press(.escape)
        #expect(s.mode == .normal)
        #expect(s.region == before.0 && s.selectedID == before.1 && s.scenarioIndex == before.2)
        #expect(s.history.entries.isEmpty)
    }

    @Test func backspaceOnAnEmptyLineCloses() {
        var s = Self.session()
        s.press(.char(":"), .char("g"), .backspace)
        #expect(Self.line(s)?.text == "")
        s.press(.backspace)
        #expect(s.mode == .normal)
    }

    @Test func theCursorMovesAndEditsInPlace() {
        var s = Self.session()
        s.press(.char(":"))
        s.type("goto jpan")
        s.press(.left, .left, .left)
        s.type("a")
        #expect(Self.line(s)?.text == "goto japan")
        s.press(.home, .delete)
        #expect(Self.line(s)?.text == "oto japan")
        s.press(.end, .ctrl("w"))
        #expect(Self.line(s)?.text == "oto ")
        s.press(.ctrl("u"))
        #expect(Self.line(s)?.text == "")
    }

    @Test func controlCharactersAreNotTyped() {
        var s = Self.session()
        s.press(.char(":"), .char("\u{1B}"), .char("\u{7F}"), .char("a"))
        #expect(Self.line(s)?.text == "a")
    }

    @Test func theLineIsBounded() {
        var s = Self.session()
        s.press(.char(":"))
        s.type(String(repeating: "x", count: CommandLineState.maxLength + 50))
        #expect(Self.line(s)?.text.count == CommandLineState.maxLength)
        // The cursor stays in view on a long line.
        #expect(Self.bottom(s).hasPrefix("…xxx"))
    }

    // MARK: - Running

    @Test func gotoSelectsAcrossRegions() {
        var s = Self.session()
        let effects = Self.run(&s, "goto japan")
        #expect(s.mode == .normal && s.region == .asia && s.selectedID == "japan")
        #expect(effects == [.saveHistory("goto japan")])
        #expect(s.history.entries == ["goto japan"])
    }

    @Test func anErrorStaysOnTheLineAndChangesNothing() {
        var s = Self.session()
        let before = (s.region, s.selectedID)
        let effects = Self.run(&s, "goto jpan")
        #expect(effects.isEmpty)
        #expect(Self.line(s)?.error == "unknown ally 'jpan' — did you mean Japan?")
        #expect(Self.line(s)?.text == "goto jpan")
        #expect((s.region, s.selectedID) == before)
        #expect(Self.bottom(s).hasPrefix(":goto jpan"))
        #expect(Self.bottom(s).hasSuffix("unknown ally 'jpan' — did you mean Japan?"))
        // Editing clears the error.
        s.press(.backspace)
        #expect(Self.line(s)?.error == nil)
    }

    /// At 80 columns a long error still shows, the text giving way.
    @Test func errorsFitNarrowScreens() {
        var s = Self.session(width: 80, height: 24)
        _ = Self.run(&s, "compare japan " + String(repeating: "z", count: 60))
        let bottom = Self.bottom(s)
        #expect(bottom.contains("unknown ally"), "\(bottom)")
        #expect(bottom.hasPrefix(":compare") || bottom.hasPrefix("…"))
    }

    @Test func regionIsTheSameAsItsKey() {
        var a = Self.session(), b = Self.session()
        _ = Self.run(&a, "region europe")
        b.press(.char("2"))
        #expect(a.region == b.region && a.selectedID == b.selectedID && a.mode == b.mode)
    }

    @Test func scenarioPutsTheWhatIfInForceWithItsBanner() {
        var s = Self.session()
        _ = Self.run(&s, "scenario us-retrenchment")
        #expect(s.scenario.name == "us-retrenchment")
        #expect(s.render().plainText.contains("WHAT-IF"))
    }

    @Test func compareOpensTheCompareView() {
        var s = Self.session()
        _ = Self.run(&s, "compare japan south-korea")
        #expect(s.selectedID == "japan")
        #expect(s.mode == .compare(otherID: "south-korea"))
    }

    @Test func tourOpensAtTheParagraph() {
        var s = Self.session()
        _ = Self.run(&s, "tour 6")
        #expect(s.mode == .tour)
        #expect(s.dataset.tour[s.tour!.step].paragraph == 6)
    }

    @Test func helpOpensTheOverlayListingTheCommands() {
        var s = Self.session(width: 120, height: 40)
        _ = Self.run(&s, "help")
        #expect(s.mode == .help)
        let help = HelpContent.lines(unicode: true).map(\.text).joined(separator: "\n")
        for spec in CommandTable.commands { #expect(help.contains(":" + spec.usage)) }
        _ = Self.run(&s, "")
    }

    @Test func quitQuits() {
        var s = Self.session()
        #expect(Self.run(&s, "q") == [.saveHistory("q"), .quit])
    }

    @Test func sortShowsTheTableSortedThatWay() {
        var s = Self.session(region: .asia)
        _ = Self.run(&s, "sort risk")
        #expect(s.mainView == .table && s.mode == .normal)
        #expect(s.table.sort == TableSort(.risk))
        let rows = s.derived.tableRows(s.state.tableQuery)
        #expect(s.selectedID == rows.ids.first, "the cursor is on the first row, as after a sort key")
        // Run again, the order stays (a command says which way; only the key toggles).
        _ = Self.run(&s, "sort risk")
        #expect(s.table.sort == TableSort(.risk))
        _ = Self.run(&s, "sort risk asc")
        #expect(s.table.sort == TableSort(.risk, descending: false))
        #expect(s.status == "sorted by risk, lowest first")
        // The change column is only there under a what-if.
        _ = Self.run(&s, "sort change")
        #expect(s.status?.contains(":scenario NAME first") == true)
        #expect(s.table.sort == TableSort(.risk, descending: false))
    }

    @Test func sortIsTheSameAsItsKey() {
        var a = Self.session(region: .europe), b = Self.session(region: .europe)
        _ = Self.run(&a, "sort exposure")
        b.press(.char("t"), .char(TableColumn.exposure.key))
        #expect(a.table.sort == b.table.sort && a.selectedID == b.selectedID && a.mainView == b.mainView)
    }

    @Test func filterNarrowsTheTableAndARegionNameShowsItsTable() {
        var s = Self.session(region: .world)
        _ = Self.run(&s, "filter kor")
        #expect(s.mainView == .table && s.table.filter == "kor")
        let rows = s.derived.tableRows(s.state.tableQuery)
        #expect(rows.ids.contains("south-korea") && rows.count == 1)
        #expect(s.selectedID == "south-korea")
        _ = Self.run(&s, "filter asia")
        #expect(s.region == .asia && s.table.filter.isEmpty && s.mainView == .table)
        _ = Self.run(&s, "filter")
        #expect(s.status == "filter cleared: every row")
    }

    @Test func weightRescoresWithTheNewWeights() throws {
        var s = Self.session(region: .asia)
        s.select("japan")
        let before = try #require(s.assessment.score("japan")?.breakdown(.reliance).total)
        let effects = Self.run(&s, "weight reliance.arms=0")
        #expect(effects.contains { if case .reweigh = $0 { return true } else { return false } })
        #expect(s.weights.weight(.reliance, "arms") == 0)
        let after = try #require(s.assessment.score("japan")?.breakdown(.reliance).total)
        #expect(after != before)
    }

    @Test func exportAsksForABriefOfTheView() {
        var s = Self.session(region: .asia)
        s.select("japan")
        _ = Self.run(&s, "scenario us-retrenchment")
        let effects = Self.run(&s, "export out/brief.md")
        let request = BriefRequest(path: "out/brief.md", region: .asia, scenario: s.scenario, weights: .default,
                                   allyIDs: ["japan"], line: "export out/brief.md")
        #expect(effects == [.saveHistory("export out/brief.md"), .exportBrief(request)])
        // An adversary selected: the brief has the region and no explained ally.
        s.select("china")
        guard case .exportBrief(let second)? = Self.run(&s, "export b.html").last else { Issue.record("no export"); return }
        #expect(second.allyIDs.isEmpty)
    }

    @Test func aFailedExportReopensTheLineWithTheReason() {
        var s = Self.session()
        s.send(.commandFailed(line: "export /nope/b.md", message: "cannot write /nope/b.md: No such file or directory"))
        #expect(Self.line(s)?.text == "export /nope/b.md")
        #expect(Self.bottom(s).contains("No such file or directory"))
        s.send(.notice("wrote b.md"))
        #expect(s.status == "wrote b.md")
    }

    // MARK: - Tab

    @Test func tabCompletesAndCycles() {
        var s = Self.session()
        s.press(.char(":"))
        s.type("goto jap")
        s.press(.tab)
        #expect(Self.line(s)?.text == "goto Japan")
        #expect(Self.bottom(s).hasPrefix(":goto Japan"))
        s.press(.enter)
        #expect(s.selectedID == "japan")

        s.press(.char(":"))
        s.type("sort r")
        s.press(.tab)
        #expect(Self.line(s)?.text == "sort region")
        s.press(.tab)
        #expect(Self.line(s)?.text == "sort reliance")
        // The candidates show on the row above the line, the one in the line highlighted.
        let rows = s.render().plainText.split(separator: "\n").map(String.init)
        #expect(rows[rows.count - 2].contains("region  reliance  risk"))
        s.press(.backTab, .backTab)
        #expect(Self.line(s)?.text == "sort risk")
        s.type(" ")
        s.press(.tab)
        #expect(Self.line(s)?.text == "sort risk asc")
    }

    @Test func tabWithNothingToCompleteSaysSo() {
        var s = Self.session()
        s.press(.char(":"))
        s.type("export br")
        s.press(.tab)
        #expect(Self.line(s)?.text == "export br")
        #expect(Self.line(s)?.error == "nothing to complete here")
    }

    @Test func tabKeepsWhatFollowsTheCursor() {
        var s = Self.session()
        s.press(.char(":"))
        s.type("compare jap south-korea")
        s.press(.home)
        for _ in 0..<11 { s.press(.right) }
        s.press(.tab)
        #expect(Self.line(s)?.text == "compare Japan south-korea")
        #expect(Self.line(s)?.cursor == 13)
    }

    // MARK: - History

    @Test func upAndDownWalkTheHistoryByPrefix() {
        var s = Self.session()
        s.state.history = CommandHistory(["goto japan", "region europe", "goto israel"])
        s.press(.char(":"), .up)
        #expect(Self.line(s)?.text == "goto israel")
        s.press(.up, .up)
        #expect(Self.line(s)?.text == "goto japan")
        s.press(.up)
        #expect(Self.line(s)?.text == "goto japan", "the oldest stays")
        s.press(.down, .down, .down)
        #expect(Self.line(s)?.text == "", "past the newest: the line typed before the walk")
        s.type("reg")
        s.press(.up)
        #expect(Self.line(s)?.text == "region europe")
        s.press(.up)
        #expect(Self.line(s)?.text == "region europe", "only entries starting with what was typed")
        s.press(.down)
        #expect(Self.line(s)?.text == "reg")
    }

    // MARK: - Marks

    @Test func markAndQuoteComeBack() {
        var s = Self.session()
        _ = Self.run(&s, "goto poland")
        _ = Self.run(&s, "scenario us-retrenchment")
        let effects = Self.run(&s, "mark a")
        let mark = Bookmark(region: .europe, selectedID: "poland", scenario: "us-retrenchment")
        #expect(effects == [.saveHistory("mark a"), .saveMarks(["a": mark])])
        #expect(s.status?.contains("mark a: Europe · Poland · us-retrenchment") == true)
        _ = Self.run(&s, "goto japan")
        _ = Self.run(&s, "scenario baseline")
        s.press(.char("'"))
        #expect(s.mode == .markJump)
        #expect(Self.bottom(s).contains("which mark? a"))
        s.press(.char("a"))
        #expect(s.mode == .normal)
        #expect(s.region == .europe && s.selectedID == "poland" && s.scenario.name == "us-retrenchment")
    }

    @Test func anUnknownMarkSaysSo() {
        var s = Self.session()
        s.press(.char("'"), .char("z"))
        #expect(s.status?.contains("no mark 'z'") == true)
        s.press(.char("'"), .escape)
        #expect(s.mode == .normal)
    }

    @Test func aMarkWhoseScenarioIsGoneKeepsTheRest() {
        var s = Self.session()
        s.state.marks["b"] = Bookmark(region: .asia, selectedID: "taiwan", scenario: "deleted-one")
        s.press(.char("'"), .char("b"))
        #expect(s.region == .asia && s.selectedID == "taiwan")
        #expect(s.status?.contains("no longer exists") == true)
    }

    @Test func marksRoundTripThroughTheirLines() {
        let marks: [Character: Bookmark] = ["a": Bookmark(region: .europe, selectedID: "poland", scenario: "us-retrenchment"),
                                            "q": Bookmark(region: .world, selectedID: nil, scenario: "odd\tname")]
        let back = Bookmark.marks(fromLines: Bookmark.lines(marks) + ["junk", "A\teurope\tx\ty", "b\tmars\tx\ty"])
        #expect(back["a"] == marks["a"])
        #expect(back["q"] == Bookmark(region: .world, selectedID: nil, scenario: "odd name"))
        #expect(back.count == 2)
    }

    // MARK: - Over other views

    @Test func theLineOpensOverTheDetailViewAndEscReturnsToIt() {
        var s = Self.session()
        s.press(.enter)
        #expect(s.mode == .detail)
        s.press(.char(":"))
        #expect(s.render().plainText.contains("— detail"), "the detail stays on screen behind the line")
        s.press(.escape)
        #expect(s.mode == .detail)
    }

    @Test func mouseClicksWaitWhileTyping() {
        var s = Self.session()
        s.press(.char(":"))
        s.type("goto")
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 10)))
        #expect(Self.line(s)?.text == "goto")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func everySizeDrawsTheLine(width: Int, height: Int) {
        var s = Self.session(width: width, height: height)
        _ = Self.run(&s, "goto jpan")
        let bottom = Self.bottom(s)
        #expect(bottom.hasPrefix(":goto jpan"))
        #expect(bottom.contains("did you mean Japan?"))
        #expect(s.render().plainText.split(separator: "\n").count == height)
    }
}

/// Text that joins as it is typed (combining marks, flags, ZWJ sequences) never puts the cursor
/// outside the line, whatever keys come in between.
@Suite struct CommandLineTypingTests {
    static let palette: [Key] = [
        .char("e"), .char("\u{0301}"), .char("\u{0302}"), .char("🇯"), .char("🇵"), .char("👨"), .char("\u{200D}"),
        .char("👩"), .char("日"), .char(" "), .char("\""), .left, .right, .home, .end, .backspace, .delete,
        .ctrl("w"), .ctrl("u"), .tab, .backTab, .up, .down,
    ]

    @Test func combiningMarksJoinTheCharacterBefore() {
        var s = ExplorerSession.fixture()
        s.press(.char(":"))
        s.type("e\u{0301}x")
        s.press(.left)
        s.type("\u{0302}")
        guard case .command(let line) = s.mode else { Issue.record("closed"); return }
        #expect(line.text == "e\u{0301}\u{0302}x" && line.cursor == 1)
    }

    @Test(arguments: 0..<20)
    func randomKeysKeepTheCursorOnTheLine(seed: Int) {
        var s = ExplorerSession.fixture()
        s.state.history = CommandHistory(["goto 🇯🇵", "e\u{0301}", "goto japan"])
        var rng = SplitMix(seed: UInt64(seed))
        s.press(.char(":"))
        for _ in 0..<60 {
            let key = Self.palette[Int(rng.next() % UInt64(Self.palette.count))]
            s.send(.key(key))
            guard case .command(let line) = s.mode else { s.press(.char(":")); continue }
            #expect((0...line.text.count).contains(line.cursor), "cursor \(line.cursor) on \(line.text.debugDescription)")
        }
        _ = s.render()
    }
}


import AllyModel
import AllyTestSupport
@testable import AllyTUI
import Testing

/// The claims board (`C`) and the Claims pane that leads with verdict counts (issue 15, item 5).
@Suite struct ClaimsBoardTests {
    static func lines(_ s: ExplorerSession) -> [String] { s.render().plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The verdicts of Israel's claims, worked out here from the model alone.
    static func israelVerdicts() -> [Verdict] {
        let israel = defaultDataset.actor("israel")!
        let assessor = ClaimAssessor(dataset: defaultDataset)
        return defaultDataset.claims(about: israel).map { assessor.assess($0).verdict }
    }

    // MARK: - The pane

    /// Israel's pane was 495 lines with the first "[supported]" 97 lines down; it now opens
    /// with the counts and the supported claims come first.
    @Test func theClaimsPaneLeadsWithVerdictCounts() {
        let s = AppState.fixture()
        let pane = PaneContent.lines(for: .claims, state: ViewState(s.state, s.derived), width: 34).map(\.text)
        let verdicts = Self.israelVerdicts()
        let counts = Verdict.allCases.map { v in "\(verdicts.filter { $0 == v }.count) \(v.label)" }
        // Wrapped at 34 columns: read the first lines as one run of words.
        let top = pane.prefix(6).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for c in counts { #expect(top.contains(c), "the pane's first lines give \"\(c)\"") }
        let firstGroup = pane.firstIndex { $0.hasPrefix("SUPPORTED") || $0.hasPrefix("CONTRADICTED") || $0.hasPrefix("MIXED") }
        #expect(firstGroup != nil && firstGroup! < 10, "a verdict other than judgement within the first page")
        #expect(pane.count < 495 / 2)
        #expect(pane.contains { $0.contains("C claims board") }, "the pane says how to open the board")
    }

    // MARK: - Opening, counts, filters, scope

    @Test func cOpensTheBoardGroupedByVerdictWithCounts() {
        var s = AppState.fixture()
        s.press(.char("C"))
        #expect(s.mode == .claims)
        let verdicts = Self.israelVerdicts()
        let text = Self.lines(s)
        #expect(text[1].contains("Claims about Israel — \(verdicts.count)"))
        for v in Verdict.allCases {
            #expect(text[3].contains("\(verdicts.filter { $0 == v }.count) \(v.label)"), "counts line: \(v.label)")
        }
        // Groups in verdict order, each heading with its count.
        let page = ClaimsBoardContent.page(ViewState(s.state, s.derived), width: 114)
        let headings = page.lines.map(\.text).filter { line in Verdict.allCases.contains { line.hasPrefix($0.label.uppercased()) } }
        let expected = Verdict.allCases.filter { verdicts.contains($0) }.map { v in "\(v.label.uppercased()) · \(verdicts.filter { $0 == v }.count)" }
        #expect(headings == expected)
    }

    @Test(arguments: [(Character("s"), Verdict.supported), ("c", .contradicted), ("m", .mixed), ("n", .needsJudgement)])
    func aKeyPerVerdictFiltersTheList(key: Character, verdict: Verdict) {
        var s = AppState.fixture()
        s.press(.char("C"), .char("3"), .tab, .tab)  // Asia, all regions: every verdict occurs
        s.press(.char(key))
        #expect(s.claimsBoard.filter == verdict)
        let entries = s.state.boardEntries(s.derived)
        #expect(!entries.isEmpty || verdict == .contradicted)
        #expect(entries.allSatisfy { $0.verdict?.verdict == verdict })
        s.press(.char(key))
        #expect(s.claimsBoard.filter == nil, "the same key again shows every verdict")
        s.press(.char(key), .char("a"))
        #expect(s.claimsBoard.filter == nil)
    }

    @Test func tabStepsThroughTheSelectionTheRegionAndAllRegions() {
        var s = AppState.fixture()
        s.press(.char("C"))
        #expect(Self.lines(s)[1].contains("Claims about Israel"))
        s.press(.tab)
        #expect(Self.lines(s)[1].contains("Claims about Middle East"))
        #expect(s.state.boardEntries(s.derived).count == defaultDataset.claims(in: .middleEast).count)
        s.press(.tab)
        #expect(Self.lines(s)[1].contains("Claims about all regions — \(defaultDataset.claims.count)"))
        s.press(.tab)
        #expect(Self.lines(s)[1].contains("Claims about Israel"))
        s.press(.backTab)
        #expect(s.claimsBoard.scope == .all)
    }

    @Test func regionKeysKeepTheBoardOpen() {
        var s = AppState.fixture()
        s.press(.char("C"), .tab, .char("2"))
        #expect(s.mode == .claims && s.region == .europe)
        #expect(Self.lines(s)[1].contains("Claims about Europe"))
    }

    // MARK: - Evidence and the map

    @Test func enterListsTheEvidenceAndEnterOnAnItemMovesTheMap() throws {
        var s = AppState.fixture()
        s.press(.char("C"))
        let entry = try #require(s.state.boardEntries(s.derived).first)
        s.press(.enter)
        #expect(s.claimsBoard.evidence == 0)
        let text = Self.lines(s).joined(separator: "\n")
        #expect(text.contains("Claims about Israel › \(entry.claim.citation)"))
        #expect(text.contains("FOR · \(entry.evidence.filter(\.supports).count)"))
        #expect(text.contains("AGAINST · \(entry.evidence.filter { !$0.supports }.count)"))
        // Down to the first item that names an actor on the map, then Enter.
        let target = try #require(entry.evidence.firstIndex { $0.actorID != nil })
        for _ in 0..<target { s.press(.down) }
        s.press(.enter)
        #expect(s.mode == .normal && s.focus == .map)
        #expect(s.selectedID == entry.evidence[target].actorID)
        #expect(s.status?.contains("C returns to the claim") == true)
        // C comes back to the same claim's evidence, same item.
        s.press(.char("C"))
        #expect(s.mode == .claims && s.claimsBoard.evidence == target && s.claimsBoard.cursor == entry.claim.id)
    }

    @Test func anItemAboutAnotherAllyMovesTheMapToIt() throws {
        // Israel's ¶5 "no nuclear neighbours" claim cites Syria's warheads: Enter on it selects Syria.
        var s = AppState.fixture()
        s.press(.char("C"))
        let entries = s.state.boardEntries(s.derived)
        let index = try #require(entries.firstIndex { e in e.evidence.contains { $0.actorID == "syria" } })
        s.press(.down * index)
        s.press(.enter)
        let item = try #require(entries[index].evidence.firstIndex { $0.actorID == "syria" })
        s.press(.down * item)
        s.press(.enter)
        #expect(s.selectedID == "syria")
        #expect(ExplorerView(s).render().plainText.contains(" Syria "), "the map's footer names the new selection")
    }

    @Test func computedStatementsStayOnTheBoardAndSaySo() throws {
        var s = AppState.fixture()
        s.press(.char("C"))
        let entries = s.state.boardEntries(s.derived)
        let index = try #require(entries.firstIndex { e in e.evidence.contains { if case .computed = $0.content { return true }; return false } })
        s.press(.down * index, .enter)
        let item = entries[index].evidence.firstIndex { if case .computed = $0.content { return true }; return false }!
        s.press(.down * item, .enter)
        #expect(s.mode == .claims && s.selectedID == "israel")
        #expect(s.status?.contains("no place on the map") == true)
    }

    @Test func escapeBacksOutOneStepAtATime() {
        var s = AppState.fixture()
        s.press(.char("C"), .enter)
        #expect(s.claimsBoard.evidence != nil)
        s.press(.escape)
        #expect(s.mode == .claims && s.claimsBoard.evidence == nil)
        s.press(.escape)
        #expect(s.mode == .normal)
        s.press(.char("C"), .char("C"))
        #expect(s.mode == .normal, "C closes the board too")
    }

    // MARK: - The cursor

    @Test func theCursorStaysInSightAndStopsAtTheEnds() {
        var s = AppState.fixture(width: 80, height: 24)
        s.press(.char("C"), .tab, .tab)
        let count = s.state.boardEntries(s.derived).count
        for step in 1...(count + 3) {
            s.press(.down)
            let list = s.measured.lists[.claimsBoard]!
            let i = min(step, count - 1)
            #expect(s.state.claimCursorIndex(in: s.state.boardEntries(s.derived)) == i)
            let start = list.starts[i], end = i + 1 < list.starts.count ? list.starts[i + 1] : list.lines
            #expect(start >= list.offset && min(end, start + list.rows) <= list.offset + list.rows, "item \(i) in sight")
        }
        s.press(.char("g"))
        #expect(s.state.claimCursorIndex(in: s.state.boardEntries(s.derived)) == 0 && s.claimsBoard.offset == 0)
        s.press(.char("G"))
        #expect(s.state.claimCursorIndex(in: s.state.boardEntries(s.derived)) == count - 1)
    }

    @Test func pageDownMovesAboutAScreenful() {
        var s = AppState.fixture(width: 80, height: 24)
        s.press(.char("C"), .tab, .tab)
        let list = s.measured.lists[.claimsBoard]!
        s.press(.pageDown)
        let i = s.state.claimCursorIndex(in: s.state.boardEntries(s.derived))
        #expect(i > 1)
        #expect(list.starts[i] >= list.rows - 1 && list.starts[i - 1] < list.rows - 1)
        s.press(.pageUp)
        #expect(s.state.claimCursorIndex(in: s.state.boardEntries(s.derived)) == 0)
    }

    /// On a dataset too large to run every check at once, the region's list leaves costly checks
    /// for later and opening a claim's evidence runs its check.
    @Test func largeDatasetsCheckAClaimWhenItsEvidenceIsOpened() throws {
        var s = ExplorerSession(dataset: DeferredVerdictTests.synthetic, screen: Size(width: 120, height: 40))
        #expect(!s.assessment.checksAreCheap)
        s.press(.char("C"), .tab)
        let entries = s.state.boardEntries(s.derived)
        let index = try #require(entries.firstIndex { $0.verdict == nil }, "a claim left unchecked")
        let claim = entries[index].claim
        #expect(ClaimsBoardContent.page(ViewState(s.state, s.derived), width: 114).lines.contains { $0.text.hasPrefix("NOT CHECKED YET") })
        s.press(.down * index, .enter)
        #expect(s.assessment.verdict(for: claim, runChecks: false) != nil)
        #expect(ExplorerView(s).render().plainText.contains("Claims about \(s.region.name) › \(claim.citation)"))
    }

    // MARK: - Strongest evidence

    @Test func theStrongestItemIsARowAboutTheSelectionThenTheMostTrustedAndRecent() {
        func figure(_ actor: String, _ year: String, _ confidence: Confidence, value: IndicatorValue = .number(1)) -> ClaimEvidence {
            ClaimEvidence(supports: true, content: .indicator(Indicator(actor: actor, key: "k", value: value, period: Period(year),
                                                                       source: Source(name: "s", confidence: confidence))),
                          actor: defaultDataset.actor(actor))
        }
        let items = [ClaimEvidence(supports: true, content: .computed("a check's statement"), actor: nil),
                     figure("jordan", "2024", .high), figure("israel", "2019", .low), figure("israel", "2023", .medium),
                     figure("israel", "2025", .medium, value: .unknown), ClaimEvidence(supports: false, content: .missing("x.y"), actor: nil)]
        #expect(ClaimEvidence.strongest(in: items, supports: true, about: "israel") == 3)
        #expect(ClaimEvidence.strongest(in: items, supports: true, about: nil) == 1)
        #expect(ClaimEvidence.strongest(in: Array(items.prefix(1)), supports: true, about: nil) == 0, "a statement when no row is linked")
        #expect(ClaimEvidence.strongest(in: items, supports: false, about: nil) == nil, "a missing row is no evidence")
    }

    // MARK: - Snapshots

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func boardSnapshots(width: Int, height: Int) {
        var s = AppState.fixture(width: width, height: height)
        s.press(.char("C"), .down)
        let buffer = ExplorerView(s).render()
        expectSnapshot(buffer.plainText, named: "claims-board-\(width)x\(height)")
        expectSnapshot(buffer.styleLayer, named: "claims-board-\(width)x\(height).style")
    }

    @Test func evidenceSnapshot() {
        var s = AppState.fixture(width: 120, height: 40)
        s.press(.char("C"), .enter, .down)
        let buffer = ExplorerView(s).render()
        expectSnapshot(buffer.plainText, named: "claims-evidence-120x40")
        expectSnapshot(buffer.styleLayer, named: "claims-evidence-120x40.style")
    }

    @Test func filteredAsciiSnapshot() {
        var s = AppState.fixture(width: 80, height: 24, unicode: false)
        s.press(.char("C"), .tab, .tab, .char("m"))
        let text = ExplorerView(s).render().plainText
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, named: "claims-board-mixed-80x24-ascii")
    }
}

private func * (key: Key, count: Int) -> [Key] { Array(repeating: key, count: count) }

extension ExplorerSession {
    /// Presses a run of keys (a key repeated, `.down * 3`), then any more.
    mutating func press(_ keys: [Key], _ more: Key...) {
        for key in keys + more { send(.key(key)) }
    }
}

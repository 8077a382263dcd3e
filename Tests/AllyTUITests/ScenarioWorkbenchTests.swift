import AllyModel
import Testing
@testable import AllyTUI

/// The what-if workbench: the `s` list, `S` back to the baseline, the banner, the map's risk
/// changes and the compare view's baseline, what-if and change columns.
@Suite struct ScenarioWorkbenchTests {
    static func session(width: Int = 120, height: Int = 40, region: Region = .middleEast, unicode: Bool = true,
                        scenarios: [Scenario] = ScenarioPresets.all) -> ExplorerSession {
        .fixture(width: width, height: height, region: region, unicode: unicode, scenarios: scenarios)
    }

    static func index(of name: String) -> Int { ScenarioPresets.all.firstIndex { $0.name == name }! }

    static func picker(_ s: ExplorerSession) -> ScenarioPicker? {
        if case .scenarioPicker(let p) = s.mode { return p }
        return nil
    }

    // MARK: - The list

    @Test func sOpensTheListOnTheScenarioInForce() {
        var s = Self.session()
        s.press(.char("s"))
        #expect(Self.picker(s) == ScenarioPicker(index: 0, over: .normal))
        s.press(.down, .char("j"), .enter)
        #expect(s.scenarioIndex == 2 && s.scenario.name == "us-retrenchment")
        #expect(s.mode == .normal)
        #expect(s.status?.contains("us-retrenchment") == true)
        s.press(.char("s"))
        #expect(Self.picker(s)?.index == 2, "the list opens on the scenario in force")
    }

    @Test func theHighlightWraps() {
        var s = Self.session()
        let last = ScenarioPresets.all.count - 1
        s.press(.char("s"), .up)
        #expect(Self.picker(s)?.index == last)
        s.press(.char("j"))
        #expect(Self.picker(s)?.index == 0)
        s.press(.tab, .tab, .backTab, .char("k"))
        #expect(Self.picker(s)?.index == 0)
    }

    @Test func escapeCancelsWithoutApplying() {
        var s = Self.session()
        s.press(.char("s"), .down, .down, .escape)
        #expect(s.mode == .normal)
        #expect(s.scenarioIndex == 0)
    }

    @Test func qQuitsFromTheListAsFromEveryView() {
        var s = Self.session()
        #expect(s.press(.char("s"), .char("q")) == [.quit])
    }

    @Test func otherKeysDoNothingWhileTheListIsOpen() {
        var s = Self.session()
        s.press(.char("s"), .down)
        for key in [Key.char("2"), .char("/"), .char("c"), .char("x"), .left, .pageDown, .char("G")] { s.press(key) }
        #expect(Self.picker(s)?.index == 1)
        #expect(s.region == .middleEast)
    }

    @Test func capitalSReturnsToTheBaselineFromEverywhere() {
        var s = Self.session()
        s.scenarioIndex = Self.index(of: "china-surge")
        s.press(.char("S"))
        #expect(s.scenarioIndex == 0)
        #expect(s.status == "baseline: the data as it is")
        s.press(.char("S"))
        #expect(s.status?.hasPrefix("already at the baseline") == true)
        // From the list, the detail and a compare.
        s.scenarioIndex = 3
        s.press(.char("s"), .char("S"))
        #expect(s.scenarioIndex == 0 && s.mode == .normal)
        s.scenarioIndex = 3
        s.press(.enter, .char("S"))
        #expect(s.scenarioIndex == 0 && s.mode == .detail)
        s.press(.escape)
        s.select("israel")
        s.scenarioIndex = 3
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter, .char("S"))
        #expect(s.scenarioIndex == 0 && s.mode == .compare(otherID: "japan"))
    }

    @Test func sWorksInCompareAndReturnsToIt() {
        var s = Self.session()
        s.select("israel")
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter, .char("s"))
        #expect(Self.picker(s)?.over == .compare(otherID: "japan"))
        s.press(.down, .down, .enter)
        #expect(s.mode == .compare(otherID: "japan"))
        #expect(s.scenario.name == "us-retrenchment")
        s.press(.char("s"), .escape)
        #expect(s.mode == .compare(otherID: "japan"), "Esc closes the list, not the compare under it")
        #expect(s.render().plainText.contains("what-if"))
    }

    @Test func sWorksInTheDetailView() {
        var s = Self.session()
        s.press(.enter, .char("s"), .down, .enter)
        #expect(s.mode == .detail)
        #expect(s.scenarioIndex == 1)
    }

    @Test func aClickClosesTheListBackToTheViewUnderIt() {
        var s = Self.session()
        s.press(.enter, .char("s"))
        s.send(.mouse(MouseEvent(kind: .press, x: 1, y: 1)))
        #expect(s.mode == .detail)
        s.press(.char("s"))
        s.send(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        #expect(Self.picker(s)?.index == 1, "the wheel moves the highlight")
    }

    @Test func qStillQuitsTheTooSmallScreenWithTheListOpen() {
        var s = Self.session()
        s.press(.char("s"))
        s.send(.resize(Size(width: 40, height: 10)))
        #expect(s.press(.char("q")) == [.quit])
    }

    @Test func theListDescribesEveryScenario() {
        var s = Self.session(width: 80, height: 24)
        s.press(.char("s"), .down, .down)
        let text = s.render().plainText
        for preset in ScenarioPresets.all {
            #expect(text.contains(preset.name), "\(preset.name) listed")
            #expect(text.contains(preset.headline), "\(preset.name) described")
        }
        #expect(text.contains("changes: us-commitment=40"), "the highlighted one's settings")
    }

    @Test func savedScenariosAreListedAndMarked() {
        let saved = ScenarioCatalog(saved: ["my-asia": Scenario(name: "my-asia", usCommitment: 0.3, growth: ["china": 0.5])])
        var s = Self.session(scenarios: saved.scenarios)
        s.press(.char("s"), .up)
        let row = s.render().plainText.split(separator: "\n").first { $0.contains("my-asia") }.map(String.init) ?? ""
        #expect(row.contains("us-commitment=30 growth.china=+50"), "no headline: the settings describe it")
        #expect(row.contains("saved"))
    }

    /// A name or headline from a hand-edited config reaches the screen without control bytes.
    @Test func hostileSavedNamesAreDrawnSafely() {
        let evil = Scenario(name: "evil\u{1B}]0;x\u{07}", headline: "bell\u{07}\u{1B}[2J here", usCommitment: 0.5)
        var s = Self.session(scenarios: [.baseline, evil])
        s.press(.char("s"), .down)
        let listed = s.render().plainText
        s.press(.enter)
        let banner = s.render().plainText
        for text in [listed, banner] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control characters drawn")
        }
        #expect(banner.contains("evil]0;x"))
    }

    // MARK: - The banner

    @Test(arguments: [(80, 24), (120, 40), (200, 60), (60, 20)])
    func theBannerStaysWhileAWhatIfIsInForce(width: Int, height: Int) {
        var s = Self.session(width: width, height: height)
        #expect(s.layout.banner == nil)
        s.scenarioIndex = Self.index(of: "asian-nuclear-cascade")
        s.send(.resize(Size(width: width, height: height)))
        let line = s.render().plainText.split(separator: "\n")[1]
        #expect(line.contains("WHAT-IF") && line.contains("asian-nuclear-cascade"), "\(line)")
        if width >= 80 { #expect(line.contains("Japan and South Korea go nuclear; US at 50 %"), "the whole description at \(width)") }
        #expect(s.layout.map.y == 2, "everything moves down a row")
        // It stays in every view.
        for keys in [[Key.enter], [.escape, .char("?")], [.char("?"), .char("s")]] {
            s.press(keys[0])
            if keys.count > 1 { s.press(keys[1]) }
            #expect(s.render().plainText.split(separator: "\n")[1].contains("WHAT-IF"))
        }
    }

    @Test func theBannerShowsItsKeysWhereTheyFit() {
        var s = Self.session(width: 120, height: 40)
        s.press(.char("s"), .down, .down, .enter)
        let line = String(s.render().plainText.split(separator: "\n")[1])
        #expect(line.contains("the US honours 40 % of its commitments"))
        #expect(line.contains("S baseline"))
        #expect(!s.render().plainText.split(separator: "\n")[0].contains("what-if"), "the title bar no longer repeats it")
    }

    // MARK: - Map

    @Test func markersShowTheRiskChange() {
        var s = Self.session(region: .europe)
        s.scenarioIndex = Self.index(of: "us-withdrawal")
        s.send(.resize(s.screen))
        let area = s.layout.map.inset(by: 1)
        let map = ExplorerView(s).mapView(area: area)
        let allies = map.markers.filter { $0.kind == .ally }
        #expect(allies.contains { ($0.change ?? 0) > 0 } && allies.allSatisfy { ($0.change ?? 0) >= 0 }, "withdrawal never lowers risk")
        for m in allies {
            let expected = Assessment.shownChange(from: s.assessment.baseline(m.id)!.risk.total!, to: s.assessment.score(m.id)!.risk.total!)
            #expect(m.change == (expected == 0 ? nil : expected), "\(m.id): no mark for no move")
        }
        let labels = map.layout(in: area).labels
        #expect(labels.contains { $0.changeWidth > 0 })
        for label in labels where label.changeWidth > 0 {
            let change = allies.first { $0.id == label.id }!.change!
            #expect(label.text.hasSuffix("+\(change)"), "\(label.text) ends with its change +\(change)")
            #expect(label.changeWidth == "+\(change)".count)
        }
        s.press(.char("S"))
        let baseline = ExplorerView(s).mapView(area: s.layout.map.inset(by: 1))
        #expect(baseline.markers.allSatisfy { $0.change == nil })
    }

    @Test func aChangeIsDrawnInTheRiskColours() {
        var s = Self.session(region: .europe)
        s.scenarioIndex = Self.index(of: "us-withdrawal")
        s.send(.resize(s.screen))
        let buffer = s.render()
        let area = s.layout.map.inset(by: 1)
        let label = ExplorerView(s).mapView(area: area).layout(in: area).labels.first { $0.changeWidth > 0 && $0.id != s.selectedID }!
        let cell = buffer[label.origin.x + label.width - 1, label.origin.y]
        #expect(cell.style.foreground == MarkerStyle.color(for: .high))
        #expect(buffer[label.origin.x, label.origin.y].style.foreground == .default, "the name stays plain")
    }

    @Test func aLabelThatDoesNotFitKeepsItsChange() {
        let viewport = MapViewport(frame: GeoFrame(west: -10, south: -5, east: 10, north: 5), columns: 8, rows: 1)
        var marker = MapMarker(id: "uk", label: "United Kingdom", point: GeoPoint(lat: 0, lon: -7), kind: .ally)
        marker.change = -3
        let placed = MarkerPlacer(viewport: viewport, area: Rect(x: 0, y: 0, width: 8, height: 1), charset: .ascii, selectedID: nil)
            .place([marker])
        #expect(placed.labels.map(\.text) == ["-3"], "ASCII minus, the change alone")
        #expect(placed.labels.first?.changeWidth == 2)
        #expect(MarkerStyle.changeText(-3, charset: .braille) == "−3")
        #expect(MarkerStyle.changeText(4, charset: .ascii) == "+4")
    }

    @Test func theAsciiMapHasNoUnicodeMinus() {
        var s = Self.session(width: 80, height: 24, region: .europe, unicode: false)
        s.scenarioIndex = Self.index(of: "china-surge")
        s.send(.resize(s.screen))
        #expect(s.render().plainText.unicodeScalars.allSatisfy { $0.isASCII })
    }

    // MARK: - Compare

    static func comparing(width: Int, height: Int, scenario: String? = "us-retrenchment") -> ExplorerSession {
        var s = session(width: width, height: height)
        s.select("israel")
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter)
        if let scenario { s.scenarioIndex = index(of: scenario); s.send(.resize(s.screen)) }
        return s
    }

    @Test func compareScrollsThroughEveryRow() throws {
        var s = Self.comparing(width: 80, height: 24, scenario: nil)
        let extent = try #require(s.measured.extents[.compare])
        #expect(extent.lines > extent.rows, "at 80×24 the rows do not all fit")
        let first = s.render().plainText
        s.press(.down)
        #expect(s.compareScroll == 1)
        s.press(.char("k"))
        #expect(s.compareScroll == 0)
        s.press(.pageDown)
        #expect(s.compareScroll == min(extent.rows - 1, extent.lines - extent.rows))
        s.press(.end)
        #expect(s.compareScroll == extent.lines - extent.rows)
        let last = s.render().plainText
        #expect(last.contains("Distance to main threat") && !first.contains("Distance to main threat"))
        let header = last.split(separator: "\n")[2]
        #expect(header.contains("Israel") && header.contains("Japan"), "the allies' names stay at the top")
        s.press(.pageDown, .char("j"))
        #expect(s.compareScroll == extent.lines - extent.rows, "never past the end")
        s.send(.mouse(MouseEvent(kind: .wheelUp, x: 10, y: 10)))
        #expect(s.compareScroll == extent.lines - extent.rows - 3)
        s.press(.char("g"))
        #expect(s.compareScroll == 0)
        // Another compare starts at the top.
        s.press(.end, .char("c"))
        s.type("korea")
        s.press(.enter)
        #expect(s.compareScroll == 0)
    }

    @Test func compareUnderAWhatIfShowsBaselineWhatIfAndChange() throws {
        let s = Self.comparing(width: 120, height: 40)
        let lines = s.render().plainText.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("baseline") && $0.contains("what-if") && $0.contains("change") })
        let risk = try #require(lines.first { $0.contains("│ Risk ") })
        for id in ["israel", "japan"] {
            let before = try #require(s.assessment.baseline(id)?.risk.total), after = try #require(s.assessment.score(id)?.risk.total)
            #expect(risk.contains("\(Int(before.rounded()))/100") && risk.contains("\(Int(after.rounded()))/100"))
            #expect(risk.contains("+\(Assessment.shownChange(from: before, to: after))"))
        }
        #expect(!lines.contains { $0.contains("difference") }, "no difference column at 120 columns")
    }

    @Test func wideCompareAddsTheDifferenceAndTheSources() throws {
        let s = Self.comparing(width: 200, height: 60, scenario: nil)
        let text = s.render().plainText
        #expect(text.contains("difference") && text.contains("left − right"))
        #expect(text.contains("  source ") && text.contains("SIPRI") && text.contains("· npr.org"), "sources and their sites")
        let reliance = try #require(text.split(separator: "\n").first { $0.contains("│ Reliance ") })
        let a = try #require(s.assessment.score("israel")?.reliance.total), b = try #require(s.assessment.score("japan")?.reliance.total)
        #expect(reliance.contains("−\(Int(b.rounded()) - Int(a.rounded()))"))
        #expect(text.contains("−8.8 USD bn"), "figures of one unit are subtracted")
        #expect(s.measured.extents[.compare].map { $0.lines <= $0.rows } == true, "everything fits at 200×60")
    }

    /// Row arithmetic holds on screen: what-if minus baseline, as displayed, for every index.
    @Test(arguments: ["us-retrenchment", "china-surge", "asian-nuclear-cascade", "turkey-exit"])
    func theChangeColumnAddsUp(scenario: String) throws {
        for (a, b) in [("israel", "japan"), ("estonia", "taiwan"), ("turkey", "south-korea")] {
            var s = Self.session()
            s.select(a)
            s.press(.char("c"))
            s.type(defaultDataset.actor(b)!.name)
            s.press(.enter)
            s.scenarioIndex = Self.index(of: scenario)
            s.send(.resize(s.screen))
            #expect(s.mode == .compare(otherID: b))
            let rows = s.render().plainText.split(separator: "\n").filter { line in ScoreKind.allCases.contains { line.hasPrefix("│ \($0.heading) ") } }
            #expect(rows.count == ScoreKind.allCases.count)
            for row in rows {
                // Per ally: "51/100 bar", "46/100 bar", then the change ("+11", "−3" or "·").
                let words = row.split(separator: " ").map(String.init)
                let scores = words.compactMap { $0.hasSuffix("/100") ? Int($0.dropLast(4)) : nil }
                let changes = words.filter { $0 == "·" || $0.hasPrefix("+") || $0.hasPrefix("−") }
                try #require(scores.count == 4 && changes.count == 2, "\(row)")
                for side in 0..<2 {
                    let d = scores[2 * side + 1] - scores[2 * side]
                    #expect(changes[side] == (d == 0 ? "·" : d > 0 ? "+\(d)" : "−\(-d)"), "\(scenario) \(a)/\(b): \(row)")
                }
            }
        }
    }
}

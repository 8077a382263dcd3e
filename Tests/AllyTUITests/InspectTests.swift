import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// The inspect overlay (`i`): opening it on any figure, moving, closing, copying a figure as a
/// citation, and what its card says.
@Suite struct InspectTests {
    static func session(_ width: Int = 120, _ height: Int = 40, region: Region = .middleEast) -> ExplorerSession {
        var s = ExplorerSession.fixture(width: width, height: height, region: region)
        s.select("israel")
        return s
    }

    static func inspect(_ s: ExplorerSession) -> InspectState? {
        if case .inspect(let inspect) = s.state.mode { return inspect }
        return nil
    }

    static func figures(_ s: ExplorerSession) -> [InspectContent.Figure] {
        InspectContent.figures(ViewState(s.state, s.derived), of: "israel")
    }

    // MARK: - Reducer

    @Test func iOpensOnTheSelectedAllysFiguresAndEscReturnsToTheMap() throws {
        var s = Self.session()
        s.press(.char("i"))
        let inspect = try #require(Self.inspect(s), "i opened no overlay")
        #expect(inspect.actorID == "israel" && inspect.index == 0 && inspect.over == .normal)
        s.press(.escape)
        #expect(s.state.mode == .normal)
        s.press(.char("i"), .char("i"))
        #expect(s.state.mode == .normal, "i again closes it too")
    }

    @Test func arrowsMoveAndWrapAndHomeEndJump() throws {
        var s = Self.session()
        let count = Self.figures(s).count
        #expect(count > 10)
        s.press(.char("i"), .down, .char("j"))
        #expect(Self.inspect(s)?.index == 2)
        s.press(.up, .up, .up)
        #expect(Self.inspect(s)?.index == count - 1, "up from the first wraps to the last")
        s.press(.home)
        #expect(Self.inspect(s)?.index == 0)
        s.press(.char("G"))
        #expect(Self.inspect(s)?.index == count - 1)
    }

    @Test func aFocusedRiskPaneOpensOnItsFirstFigure() throws {
        var s = Self.session()
        s.press(.tab, .tab) // Dependency, then Risk
        #expect(s.state.focus == .risk)
        s.press(.char("i"))
        let index = try #require(Self.inspect(s)?.index)
        #expect(Self.figures(s)[index].group == .risk)
        #expect(Self.figures(s)[index].indicator.key == AllyProfile.riskKeys.first { key in Self.figures(s).contains { $0.indicator.key == key } })
    }

    @Test func fromTheDetailViewEscGoesBackToTheDetail() {
        var s = Self.session()
        s.press(.enter, .char("i"))
        #expect(Self.inspect(s)?.over == .detail)
        s.press(.escape)
        #expect(s.state.mode == .detail)
    }

    @Test func fromTheTableItInspectsTheSelectedRow() {
        var s = Self.session()
        s.press(.char("t"), .char("i"))
        #expect(Self.inspect(s)?.actorID == "israel")
        s.press(.escape)
        #expect(s.state.mode == .normal && s.state.mainView == .table)
    }

    @Test func yCopiesTheHighlightedFigureAsAOneLineCitation() throws {
        var s = Self.session()
        s.press(.char("i"), .down, .down)
        let x = Self.figures(s)[2].indicator
        let effects = s.press(.char("y"))
        guard case .copy(let text)? = effects.first else { Issue.record("y copied nothing"); return }
        #expect(text == Citation.figure(x, in: s.state.dataset))
        #expect(!text.contains("\n"))
        #expect(text.hasPrefix("Israel, \(x.label): "))
        #expect(text.contains(x.source.name) && text.contains(x.source.url) && text.contains("accessed \(x.source.checked)"))
        #expect(s.state.status?.hasPrefix("copied: Israel, ") == true)
        #expect(Self.inspect(s) != nil, "the overlay stays open after a copy")
        // Elsewhere y still copies the ally's scores and sources.
        s.press(.escape)
        guard case .copy(let scores)? = s.press(.char("y")).first else { Issue.record("y on the map copied nothing"); return }
        #expect(scores.hasPrefix("Israel: reliance on the US "))
    }

    @Test func whereTheTerminalRefusesNothingIsSentAndTheCitationIsShown() throws {
        var s = Self.session(80, 24)
        s.state.clipboardRefusal = "TERM=linux has no clipboard (OSC 52)"
        s.press(.char("i"))
        let effects = s.press(.char("y"))
        #expect(effects.isEmpty)
        let citation = Citation.figure(Self.figures(s)[0].indicator, in: s.state.dataset)
        let status = try #require(s.state.status)
        #expect(status.contains("TERM=linux") && status.hasSuffix(citation))
        #expect(Self.inspect(s)?.showCitation == true)
        let extent = try #require(s.state.measured.extents[.inspect])
        #expect(Self.inspect(s)?.cardScroll == max(0, extent.lines - extent.rows), "the card scrolls to the citation at its end")
        // The card marks the citation (reversed) so it can be selected by hand.
        #expect(ExplorerView(s).render().plainText.contains("Cite as"))
        let card = InspectContent.card(Self.figures(s)[0], listedFor: "israel", ViewState(s.state, s.derived), width: 70, markCitation: true)
        #expect(card.contains { $0.spans.contains { $0.style == Theme.selectedRow && citation.hasPrefix($0.text.trimmingTrailingSpaces) } })
        s.press(.down)
        #expect(Self.inspect(s)?.showCitation == false, "moving on drops the mark")
    }

    @Test func pageKeysScrollTheCardWithinItsLength() throws {
        var s = Self.session(80, 24)
        s.press(.char("i"), .pageDown)
        let scrolled = try #require(Self.inspect(s)?.cardScroll)
        #expect(scrolled > 0, "the card is longer than 80x24 shows")
        for _ in 0..<20 { s.press(.pageDown) }
        let extent = try #require(s.state.measured.extents[.inspect])
        #expect(Self.inspect(s)?.cardScroll == extent.lines - extent.rows)
        s.press(.down)
        #expect(Self.inspect(s)?.cardScroll == 0, "a new figure starts at its top")
    }

    @Test func qQuitsAndUnboundKeysDoNothing() {
        var s = Self.session()
        s.press(.char("i"))
        let before = s.state.mode
        s.press(.char("x"), .char("7"))
        #expect(s.state.mode == before)
        #expect(s.press(.char("q")) == [.quit])
    }

    @Test func nothingSelectedSaysSo() {
        var s = Self.session()
        s.state.selectedID = nil
        s.press(.char("i"))
        #expect(s.state.mode == .normal)
        #expect(s.state.status?.contains("select an ally") == true)
    }

    // MARK: - The list

    @Test func theListHasThePanesFiguresAndTheAdversariesFiguresTheScoresRead() {
        let s = Self.session()
        let figures = Self.figures(s)
        let profile = AllyProfile(ally: s.state.dataset.actor("israel")!, in: s.state.dataset)
        #expect(figures.filter { $0.group == .dependency }.map(\.indicator) == profile.dependency)
        #expect(figures.filter { $0.group == .risk }.map(\.indicator) == profile.risk)
        let others = figures.filter { $0.group == .scoredOthers }
        #expect(others.contains { $0.indicator.actor == "iran" }, "Iran's figures feed Israel's exposure")
        #expect(Set(figures.map(\.indicator.id)).count == figures.count, "no figure twice")
        let rows = InspectContent.rows(figures, in: s.state.dataset)
        #expect(rows.compactMap(\.heading) == ["Dependency", "Risk", "Other figures", "Figures about others in its scores"])
        #expect(rows.contains { $0.label.hasPrefix("Iran: ") })
    }

    @Test func anAdversarysOwnFiguresAreListedWithTheAlliesTheyFeed() throws {
        var s = Self.session()
        s.state.select("iran")
        let view = ViewState(s.state, s.derived)
        let figures = InspectContent.figures(view, of: "iran")
        #expect(!figures.isEmpty && figures.allSatisfy { $0.group == .all })
        let milex = try #require(figures.first { $0.indicator.key == .milexUSD })
        let uses = InspectContent.uses(of: milex.indicator, listedFor: "iran", view)
        #expect(uses.contains { $0.ally.id == "israel" && $0.score.kind == .exposure })
    }

    // MARK: - The card

    static func card(_ s: ExplorerSession, _ figure: InspectContent.Figure, width: Int = 70) -> [StyledLine] {
        InspectContent.card(figure, listedFor: "israel", ViewState(s.state, s.derived), width: width)
    }

    @Test func theCardHasEveryField() throws {
        let s = Self.session()
        let figure = try #require(Self.figures(s).first { $0.indicator.key == .armsImportsUSShare })
        let x = figure.indicator
        let text = Self.card(s, figure, width: 200).map(\.text).joined(separator: "\n")
        for field in ["Value", "Unit", "Year", "Source", "Page", "Published", "Checked", "Confidence", "Note"] {
            #expect(text.contains("\n\(field) "), "no \(field) field:\n\(text)")
        }
        #expect(text.contains(x.displayValue) && text.contains(x.unit) && text.contains(x.yearText))
        #expect(text.contains(x.source.name) && text.contains(x.source.url) && text.contains(x.note))
        #expect(text.contains("Confidence  \(x.source.confidence.rawValue)"))
        // How it feeds the scores: the index, the component, its weight, what it scored.
        let component = try #require(s.assessment.score("israel")?.reliance.components.first { $0.evidence.contains(x.id) })
        #expect(text.contains("Reliance \(s.assessment.score("israel")!.reliance.totalText)/100 ← \(component.name)"))
        #expect(text.contains("weight \(IndicatorValue.format(component.weight)) of 100"))
        #expect(text.contains("scored \(Int((component.normalised! * 100).rounded()))/100"))
        let lines = Self.card(s, figure, width: 200).map(\.text)
        let cite = try #require(lines.firstIndex { $0.hasPrefix("Cite as") })
        #expect(lines[(cite + 1)...].joined() == Citation.figure(x, in: s.state.dataset), "the citation, wrapped, reads whole")
    }

    @Test func aLowConfidenceFigureIsMarked() throws {
        let s = Self.session()
        let figure = try #require(Self.figures(s).first { $0.indicator.source.confidence == .low })
        let card = Self.card(s, figure)
        let line = try #require(card.first { $0.text.hasPrefix("Confidence") })
        let low = try #require(line.spans.first { $0.text == "LOW" }, "\(line.text)")
        #expect(low.style.bold && low.style.reverse, "LOW stands out even without colour")
        #expect(card.first { $0.text.hasPrefix("Value") }?.text.contains("~") == true)
        #expect(Citation.figure(figure.indicator, in: s.state.dataset).hasSuffix("Low confidence."))
        let row = InspectContent.rows(Self.figures(s), in: s.state.dataset)[Self.figures(s).firstIndex(of: figure)!]
        #expect(row.weight == .low)
    }

    @Test func aLongPageIsWrappedNotCut() throws {
        let s = Self.session()
        let figure = try #require(Self.figures(s).first { $0.indicator.source.url.count > 60 })
        let url = figure.indicator.source.url
        for width in [40, 60, 76] {
            let card = Self.card(s, figure, width: width)
            // (A space that ends a wrapped line may hang past the edge; it is clipped.)
            let wide = card.filter { DisplayWidth.of($0.text.trimmingTrailingSpaces) > width }.map(\.text)
            #expect(wide.isEmpty, "lines wider than \(width): \(wide)")
            let start = try #require(card.firstIndex { $0.text.hasPrefix("Page") })
            var joined = String(card[start].text.dropFirst(InspectContent.labelWidth))
            for line in card[(start + 1)...] {
                guard line.text.hasPrefix(String(repeating: " ", count: InspectContent.labelWidth)) else { break }
                joined += line.text.trimmingPrefix(while: { $0 == " " })
            }
            #expect(joined == url, "the page at width \(width) reads \(joined)")
        }
    }

    @Test func aFigureNoScoreReadsSaysSo() throws {
        let s = Self.session()
        let view = ViewState(s.state, s.derived)
        let figure = try #require(Self.figures(s).first { InspectContent.uses(of: $0.indicator, listedFor: "israel", view).isEmpty })
        #expect(Self.card(s, figure).contains { $0.text.contains("Feeds no score") })
    }

    @Test func theCitationIsOneLineWithNameValueYearSourcePageAndDate() {
        let x = Indicator(actor: "japan", key: .usTroops, value: .number(55000), unit: "personnel", period: Period("2024"),
                          source: Source(name: "DMDC", url: "https://example.org/troops", confidence: .high, checked: "2025-06-01"))
        let dataset = defaultDataset
        #expect(Citation.figure(x, in: dataset) == "Japan, US troops present: 55,000 personnel (2024). DMDC, https://example.org/troops, accessed 2025-06-01.")
    }

    // MARK: - Snapshots

    /// Israel's US share of arms imports inspected over the map: the list, the card, the colours.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func overlay(width: Int, height: Int) throws {
        var s = Self.session(width, height)
        let index = try #require(Self.figures(s).firstIndex { $0.indicator.key == .armsImportsUSShare })
        s.press(.char("i"))
        for _ in 0..<index { s.press(.down) }
        ScenarioSnapshotTests.expectBoth(s, named: "inspect-\(width)x\(height)")
    }

    /// A low-confidence figure with a long page, from the detail view at 80x24, without Unicode.
    @Test func lowConfidenceInAscii() throws {
        var s = ExplorerSession.fixture(width: 80, height: 24, unicode: false)
        s.select("israel")
        let index = try #require(Self.figures(s).firstIndex { $0.indicator.source.confidence == .low })
        s.press(.enter, .char("i"))
        for _ in 0..<index { s.press(.down) }
        let buffer = ExplorerView(s).render()
        expectSnapshot(buffer.plainText, named: "inspect-low-80x24-ascii")
    }
}

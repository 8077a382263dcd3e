import AllyModel
import Testing
@testable import AllyReports

/// `allymap explain`: every component of every score, with its weight and points.
@Suite struct ExplainReportTests {
    static let dataset = ListReportTests.dataset
    static let model = ListReportTests.model

    @Test(arguments: ScoreKind.allCases)
    func everyComponentHasARow(kind: ScoreKind) throws {
        let report = try ExplainReport(model: Self.model, allyID: "israel", kinds: [kind])
        let text = report.render()
        let breakdown = try Self.model.scores(of: "israel").breakdown(kind)
        #expect(text.hasPrefix("Israel · \(kind.heading) "))
        #expect(text.contains("coverage \(breakdown.coverageText)"))
        let table = try #require(RenderedTable(text))
        #expect(table.header == ["component", "norm", "weight", "points", "input"])
        // The table ends at its total row; the risk levels and the sources follow it.
        let rows = table.rows.prefix(breakdown.components.count + 1)
        #expect(rows.map { $0[0] } == breakdown.components.map(\.name) + ["total"])
        for (cells, c) in zip(rows, breakdown.components) {
            #expect(cells[1] == (c.normalised.map { PlainText.fixed($0, 2) } ?? "—"))
            if kind != .risk {
                #expect(cells[2] == IndicatorValue.format(c.weight), "\(c.name)")
                #expect(cells[3] == (c.isKnown ? PlainText.fixed(c.contribution, 1) : "unknown"), "\(c.name)")
            }
        }
        #expect(rows.last?[3] == breakdown.total.map { PlainText.fixed($0, 1) } ?? "?")
    }

    @Test func allScoresInOrderThenTheNotes() throws {
        let text = try ExplainReport(model: Self.model, allyID: "japan").render()
        let headings = ScoreKind.allCases.map { "Japan · \($0.heading) " }
        let positions = headings.compactMap { h in text.split(separator: "\n").firstIndex { $0.hasPrefix(h) } }
        #expect(positions.count == ScoreKind.allCases.count)
        #expect(positions == positions.sorted())
        #expect(text.hasSuffix("See METHOD.md."))
    }

    @Test func rulesAddOneLinePerComponent() throws {
        let plain = try ExplainReport(model: Self.model, allyID: "japan", kinds: [.reliance]).render()
        let ruled = try ExplainReport(model: Self.model, allyID: "japan", kinds: [.reliance], showRules: true).render()
        let count = try Self.model.scores(of: "japan").reliance.components.count
        #expect(ruled.split(separator: "\n").filter { $0.contains("rule: ") }.count == count)
        #expect(!plain.contains("rule: "))
    }

    @Test func aScenarioIsNamedInTheHeading() throws {
        let scenario = try #require(ScenarioPresets.named("us-withdrawal"))
        let text = try ExplainReport(model: Self.model.with(scenario: scenario), allyID: "japan", kinds: [.risk]).render()
        #expect(text.split(separator: "\n")[0].hasSuffix("scenario us-withdrawal"))
    }

    @Test func anAdversaryCannotBeExplained() {
        #expect(throws: ScoreError.self) { try ExplainReport(model: Self.model, allyID: "iran") }
    }

    @Test func weightsListEveryComponentWithItsDefault() throws {
        let table = try #require(RenderedTable(WeightsReport(weights: .default).render()))
        let all = ScoreWeights.default.all()
        #expect(table.rows.count == all.count)
        #expect(table.rows.allSatisfy { $0[1] == $0[2] }, "the defaults are in use")
    }
}

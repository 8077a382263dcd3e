import AllyModel
import Testing
@testable import AllyReports

/// `allymap scenario`: the comparison table and the catalog listing.
@Suite struct ScenarioReportTests {
    static let model = ListReportTests.model

    static func comparison(_ preset: String) throws -> ScenarioComparison {
        try ScenarioComparison(model: model.with(scenario: try ScenarioCatalog().scenario(named: preset)))
    }

    @Test func byChangeIsLargestRiskChangeFirst() throws {
        let report = ScenarioReport(comparison: try Self.comparison("us-retrenchment"), order: .change)
        let changes = report.rows.map { abs($0.riskDelta ?? 0) }
        #expect(changes == changes.sorted(by: >))
        let table = try #require(RenderedTable(report.render()))
        #expect(table.rows.map { $0[0] } == report.rows.map(\.ally.name))
        #expect(table.rows.map { $0[7] } == report.rows.map { ScenarioReport.delta($0.riskDelta) })
    }

    @Test func aRegionKeepsOnlyItsAllies() throws {
        let report = ScenarioReport(comparison: try Self.comparison("china-surge"), region: .asia)
        #expect(!report.rows.isEmpty)
        #expect(report.rows.allSatisfy { $0.ally.region == .asia })
        #expect(report.render().hasPrefix("Scenario china-surge: growth.china=+30\n"))
    }

    @Test func theBaselineSaysItChangesNothing() throws {
        let text = ScenarioReport(comparison: try Self.comparison("baseline")).render()
        #expect(text.hasPrefix("Scenario baseline (no changes)\n"))
    }

    @Test(arguments: [(4.4, "+4"), (-12.6, "-13"), (0.2, "0"), (nil, "?")] as [(Double?, String)])
    func deltasCarryTheirSign(delta: Double?, text: String) {
        #expect(ScenarioReport.delta(delta) == text)
    }

    @Test func theListingHasPresetsThenSavedScenarios() throws {
        let catalog = ScenarioCatalog(saved: ["mine": Scenario(name: "mine", summary: "my own", usCommitment: 0.2)])
        let table = try #require(RenderedTable(ScenarioListing(catalog: catalog).render()))
        #expect(table.rows.map { $0[0] } == catalog.names)
        #expect(table.rows.first?[2] == "—", "the baseline has no settings")
        #expect(table.rows.last == ["mine", "saved", "us-commitment=20", "my own"])
    }
}

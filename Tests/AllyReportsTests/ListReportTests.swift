import AllyModel
import Testing
@testable import AllyReports

/// `allymap list` on the built-in dataset: order, filtering, and scores that match the model.
@Suite struct ListReportTests {
    static let dataset = try! DatasetLoader.loadDefault()
    static let model = ScoringModel(dataset: dataset)

    @Test(arguments: [ListReport.Order.reliance, .commitment, .exposure, .risk])
    func sortedByAScoreIsHighestFirst(order: ListReport.Order) throws {
        let kind = try #require(order.kind)
        let report = ListReport(dataset: Self.dataset, order: order)
        let totals = report.rows.map { $0.scores?.breakdown(kind).total ?? -1 }
        #expect(totals == totals.sorted(by: >))
        #expect(report.rows.count == Self.dataset.allies.count)
    }

    @Test func eachRowShowsTheModelsScores() throws {
        let report = ListReport(dataset: Self.dataset, order: .risk)
        let table = try #require(RenderedTable(report.render()))
        #expect(table.header.prefix(6) == ["Ally", "Region", "Rel.", "Com.", "Exp.", "Risk"])
        #expect(table.rows.map { $0[0] } == report.rows.map(\.ally.name))
        let bands = try Uncertainty(model: Self.model)
        for (row, cells) in zip(report.rows, table.rows) {
            let scores = try Self.model.scores(of: row.ally.id)
            for (column, kind) in ScoreKind.allCases.enumerated() {
                let expected = ListReport.scoreText(scores.breakdown(kind), band: bands.band(kind, of: row.ally.id))
                #expect(cells[2 + column] == expected, "\(row.ally.name) \(kind)")
            }
        }
    }

    @Test func aRegionListsOnlyItsAllies() {
        for region in [Region.europe, .asia, .middleEast] {
            let report = ListReport(dataset: Self.dataset, region: region)
            #expect(report.rows.map(\.ally.id) == Self.dataset.allies(in: region).sorted { $0.name < $1.name }.map(\.id))
        }
    }

    @Test func byNameIsAlphabetical() {
        let names = ListReport(dataset: Self.dataset, order: .name).rows.map(\.ally.name)
        #expect(names == names.sorted())
    }

    @Test func byRegionGroupsRegionsInTheirOrder() {
        let regions = ListReport(dataset: Self.dataset).rows.map(\.ally.region)
        let ranks = regions.map { Region.allCases.firstIndex(of: $0)! }
        #expect(ranks == ranks.sorted())
    }

    @Test func wideNamesKeepTheColumnsAligned() throws {
        let text = ListReport(dataset: Fixture.dataset).render()
        let table = try #require(RenderedTable(text))
        #expect(Set(table.rows.map { $0[0] }) == ["日本国", "🇮🇱 Flagland"])
        #expect(table.rows.allSatisfy { $0[9] == "Red" && $0[10] == "yes" }, "nuclear-armed by the nuclear_armed row")
    }
}

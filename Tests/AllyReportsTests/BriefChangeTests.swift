import AllyModel
import Testing
@testable import AllyReports

/// The brief's change column reads as the explorer's: the difference of the whole numbers shown,
/// so a brief written by `:export` matches the table it was exported from.
@Suite struct BriefChangeTests {
    @Test func theChangeIsTheDifferenceOfTheShownScores() throws {
        let dataset = try DatasetLoader.loadDefault()
        let scenario = try #require(ScenarioPresets.named("us-retrenchment"))
        let brief = try Brief(dataset: dataset, region: .world, scenario: scenario)
        let comparison = try ScenarioComparison(model: ScoringModel(dataset: dataset, scenario: scenario))
        #expect(brief.changedKinds.contains(.risk))
        for row in brief.rows {
            let r = try #require(comparison.rows.first { $0.ally.id == row.ally.id })
            for kind in ScoreKind.allCases {
                guard let before = r.baseline.breakdown(kind).total, let after = r.scenario.breakdown(kind).total else {
                    #expect(row.cells[kind]?.delta == nil)
                    continue
                }
                #expect(row.cells[kind]?.delta == Double(Int(after.rounded()) - Int(before.rounded())), "\(row.ally.name) \(kind)")
            }
        }
    }
}

import Foundation
import Testing
@testable import AllyModel

/// Scenario settings, presets and what they change.
@Suite struct ScenarioTests {
    let dataset = ScoringFixture.standard.dataset

    @Test func settingsParse() throws {
        var s = Scenario.baseline
        try s.apply("us-commitment=hedged", in: dataset)
        #expect(s.usCommitment == 0.5)
        try s.apply("us-commitment=25%", in: dataset)
        #expect(s.usCommitment == 0.25)
        try s.apply("growth.red=+30", in: dataset)
        #expect(abs(s.growth["red"]! - 0.3) < 1e-12)
        try s.apply("growth.Red=-10%", in: dataset)
        #expect(abs(s.growth["red"]! + 0.1) < 1e-12)
        try s.apply("nuclear.alpha=yes", in: dataset)
        #expect(s.nuclear["alpha"] == true)
        try s.apply("leave.alpha", in: dataset)
        #expect(s.leaving == ["alpha"])
        try s.apply("leave.alpha=no", in: dataset)
        #expect(s.leaving.isEmpty)
        #expect(s.settings == ["us-commitment=25", "growth.red=-10", "nuclear.alpha=yes"])
    }

    @Test(arguments: [
        "us-commitment=150", "us-commitment=lots", "us-commitment", "growth.red=-100", "growth.red=abc",
        "growth=30", "nuclear.alpha=maybe", "leave.red", "leave.nowhere", "growth.us=10", "speed.red=1", "=3", "",
    ])
    func badSettingsAreRejected(setting: String) {
        var s = Scenario.baseline
        #expect(throws: ScenarioError.self) { try s.apply(setting, in: dataset) }
        #expect(s == .baseline)
    }

    @Test func errorsNameTheProblem() {
        var s = Scenario.baseline
        #expect(throws: ScenarioError.unknownActor(key: "growth.atlantis", name: "atlantis")) { try s.apply("growth.atlantis=5", in: dataset) }
        #expect(throws: ScenarioError.unknownKey("speed.red")) { try s.apply("speed.red=1", in: dataset) }
    }

    @Test func presetsAreNamedAndRetrenchmentLowersCommitment() throws {
        #expect(ScenarioPresets.named("baseline")?.isBaseline == true)
        #expect(try #require(ScenarioPresets.named("us-retrenchment")).usCommitment < 1)
        #expect(ScenarioPresets.named("US-Retrenchment") != nil)
        #expect(Set(ScenarioPresets.all.map(\.name)).count == ScenarioPresets.all.count)
        for p in ["us-retrenchment", "china-surge", "asian-nuclear-cascade", "baseline"] { #expect(ScenarioPresets.named(p) != nil) }
    }

    @Test func saveNamesAreChecked() {
        #expect(throws: ScenarioError.reservedName("china-surge")) { try ScenarioPresets.validateSaveName("china-surge") }
        #expect(throws: ScenarioError.badName("My Plan")) { try ScenarioPresets.validateSaveName("My Plan") }
        #expect(throws: Never.self) { try ScenarioPresets.validateSaveName("my-plan-2") }
    }

    @Test func leavingTheTreatyCutsTheCommitment() throws {
        let f = ScoringFixture.standard
        var s = Scenario.baseline
        try s.apply("leave.alpha", in: dataset)
        let before = try f.model().scores(of: "alpha"), after = try f.model(s).scores(of: "alpha")
        #expect(after.commitment.component("treaty")!.normalised! < before.commitment.component("treaty")!.normalised!)
        #expect(after.commitment.component("umbrella")?.normalised == 0)
        #expect(after.risk.total! > before.risk.total!)
    }

    @Test func adversaryGettingTheBombRaisesExposureOnlyWhereItOutweighsOwnWeapons() throws {
        let f = ScoringFixture.standard
        var s = Scenario.baseline
        try s.apply("nuclear.blue=yes", in: dataset)
        // Beta has its own weapons, so a small new arsenal next door leaves no asymmetry.
        let before = try f.model().exposure(of: "beta"), after = try f.model(s).exposure(of: "beta")
        #expect(after.component("nuclear")?.normalised == before.component("nuclear")?.normalised)
        try s.apply("nuclear.beta=no", in: dataset)
        let unarmed = try f.model(s).exposure(of: "beta")
        #expect(unarmed.component("nuclear")!.normalised! > before.component("nuclear")!.normalised!)
    }

    @Test func comparisonReportsDeltas() throws {
        var s = Scenario.baseline
        try s.apply("us-commitment=0", in: dataset)
        let c = try ScenarioComparison(model: ScoringFixture.standard.model(s))
        #expect(c.rows.count == 3)
        let alpha = try #require(c.rows.first { $0.id == "alpha" })
        #expect(try #require(alpha.riskDelta) > 0)
        #expect(alpha.delta(.commitment) == 0, "a credibility assumption never changes the measured commitment")
        #expect(c.rows.first { $0.id == "gamma" }?.delta(.reliance) == 0)
    }

    @Test func scenarioRoundTripsThroughJSON() throws {
        var s = Scenario(name: "mine", summary: "test")
        try s.apply("us-commitment=40", in: dataset)
        try s.apply("growth.red=30", in: dataset)
        try s.apply("nuclear.alpha=yes", in: dataset)
        try s.apply("leave.beta", in: dataset)
        let data = try JSONEncoder().encode(s)
        #expect(try JSONDecoder().decode(Scenario.self, from: data) == s)
        #expect(s.missingActors(in: dataset).isEmpty)
    }
}

import Testing
@testable import AllyModel

/// "What would change the verdict", on a small world built in code whose actor ids match the
/// built-in presets (iran, china, japan), so the real preset list is what gets searched.
@Suite struct SturdinessTests {
    // MARK: - Fixture

    /// Israel faces Iran (no bomb) while Russia holds warheads; Israel has struck Iran; Japan buys
    /// 60 % of its arms from the US and China outspends it.
    static var world: ScoringFixture {
        var f = ScoringFixture()
        f.actor("us", .us, lat: 38.9, lon: -77.0, region: .world)
        f.actor("israel", .ally, lat: 31.8, lon: 35.2, region: .middleEast, adversaries: ["iran"])
        f.actor("japan", .ally, lat: 35.7, lon: 139.7, region: .asia, adversaries: ["china"])
        f.actor("iran", .adversary, lat: 35.7, lon: 51.4, region: .middleEast)
        f.actor("russia", .adversary, lat: 55.8, lon: 37.6)
        f.actor("china", .adversary, lat: 39.9, lon: 116.4, region: .asia)
        f.fact("iran", "nuclear_warheads", "0", unit: "warheads", year: "2025")
        f.fact("russia", "nuclear_warheads", "5459", unit: "warheads", year: "2025")
        f.fact("japan", "arms_imports_us_share", "60", unit: "% of major-arms imports")
        f.fact("japan", "milex_usd", "50", unit: "USD bn (current)")
        f.fact("china", "milex_usd", "300", unit: "USD bn (current)")
        f.event("strike", "2024-10-26", ["israel", "iran"], region: .middleEast)
        f.claim("no-bomb")
        f.claim("struck", actors: ["israel", "iran"])
        f.claim("china-weight")
        return f
    }

    static let checks: [String: ClaimCheck] = [
        "no-bomb": .noNuclearAdversary(ally: "israel", contrast: "russia"),
        "struck": .attacks(by: "israel"),
        "china-weight": .risingPower("china", against: ["japan"], guarantor: "us"),
    ]

    func sturdiness(_ id: String) throws -> Sturdiness {
        let f = Self.world
        let claim = try #require(f.claims.first { $0.id == id })
        return try #require(Sturdiness.of(claim, under: f.model(), checks: Self.checks))
    }

    func verdict(_ id: String, _ model: ScoringModel) throws -> Verdict {
        let claim = try #require(model.dataset.claims.first { $0.id == id })
        return ClaimAssessor(model: model, checks: Self.checks).verdict(claim)
    }

    // MARK: - Presets

    @Test func presetsAreTriedSmallestMoveFirst() {
        #expect(ScenarioPresets.bySize.map(\.name) == ["china-surge", "hedged", "us-retrenchment", "us-withdrawal",
                                                       "turkey-exit", "gulf-proliferation", "asian-nuclear-cascade"])
        #expect(ScenarioPresets.bySize.map(\.distanceFromBaseline) == [0.3, 0.5, 0.6, 1, 1, 2, 2.5])
    }

    @Test func aClaimThatFlipsUnderOnePreset() throws {
        let s = try sturdiness("no-bomb")
        #expect(s.verdict == .supported)
        #expect(s.preset?.scenario.name == "gulf-proliferation")
        #expect(s.preset?.verdict == .mixed)
        #expect(s.weight == nil && s.weightsTried == 0, "the check weights no index")
        // Exactly one preset changes it: the others leave Iran unarmed.
        let model = Self.world.model()
        let flips = try ScenarioPresets.bySize.filter { try verdict("no-bomb", model.with(scenario: $0)) != .supported }
        #expect(flips.map(\.name) == ["gulf-proliferation"])
    }

    @Test func aClaimThatNeverFlips() throws {
        let s = try sturdiness("struck")
        #expect(s.verdict == .supported)
        #expect(s.isSturdy)
        #expect(s.presetsTried == ScenarioPresets.bySize.count)
    }

    // MARK: - Weights

    @Test func aClaimThatFlipsUnderTheSmallestWeightChange() throws {
        // Japan's reliance is 60 % arms (weight 35) and no US defence (weight 20): 38/100, below
        // the 50 the check asks for. Cutting the defence weight to 7 lifts it to 50.
        let s = try sturdiness("china-weight")
        #expect(s.verdict == .mixed)
        #expect(s.preset == nil)
        let w = try #require(s.weight)
        #expect(w.key == "reliance.defence")
        #expect(w.from == 20)
        #expect((6.5...7.5).contains(w.to), "\(w.to)")
        #expect(w.verdict == .supported)
        var weights = ScoreWeights.default
        try weights.set(.reliance, "defence", to: w.to)
        #expect(try verdict("china-weight", Self.world.model(weights: weights)) == .supported, "the value shown still flips it")
        try weights.set(.reliance, "defence", to: w.to + 0.5)
        #expect(try verdict("china-weight", Self.world.model(weights: weights)) == .mixed, "a smaller move does not")
        #expect(s.weightsTried == 4, "only the reliance weights enter the check")
    }

    @Test func pureAndOnlyForComputedVerdicts() throws {
        #expect(try sturdiness("no-bomb") == (try sturdiness("no-bomb")))
        let f = Self.world
        #expect(Sturdiness.of(f.claims[0], under: f.model(), checks: [:]) == nil, "no check, nothing computed")
    }
}

import Testing
@testable import AllyModel

/// The four v2 indices on the hand-made fixture: what each reads, and that none reads another's input.
@Suite struct ScoringIndexTests {
    let f = ScoringFixture.standard

    @Test func relianceReadsWhatTheAllyReceives() throws {
        let r = try f.model().reliance(of: "beta")
        #expect(r.component("arms")?.normalised == 0.69)
        // 3.3 of 46.5 bn is 7.1 %, against a 25 % cap.
        #expect(abs((r.component("aid")?.normalised ?? 0) - 3.3 / 46.5 / 0.25) < 1e-9)
        #expect(r.component("defence")?.normalised == 0.5, "one recorded US defence of beta")
        #expect(r.component("forces")?.isKnown == false, "own forces unknown, so the ratio is unknown")
    }

    @Test func commitmentReadsWhatTheUSPromisedAndPlaced() throws {
        let c = try f.model().commitment(of: "alpha")
        #expect(c.component("treaty")?.normalised == 1)
        #expect(c.component("umbrella")?.normalised == 1)
        #expect(c.component("sharing")?.normalised == 0, "no nuclear-sharing row: not a host")
        #expect((c.component("troops")?.normalised ?? 0) > 0.6)
        let b = try f.model().commitment(of: "beta")
        #expect(b.component("umbrella")?.normalised == 0)
        #expect((b.total ?? 100) < (c.total ?? 0))
    }

    @Test func exposureCountsTheAdversarysArsenalOnceAndOwnWeaponsAgainstIt() throws {
        let alpha = try f.model().exposure(of: "alpha"), beta = try f.model().exposure(of: "beta")
        #expect((alpha.component("nuclear")?.normalised ?? 0) > 0.9, "red's arsenal, no own weapons")
        #expect(beta.component("nuclear")?.normalised == 0, "blue has none, and beta has its own")
        #expect(alpha.component("coercion")?.normalised == 1 / ExposureIndex.coercionSaturation, "the drones, by red on alpha")
        // Events by the ally itself never count as coercion against it.
        #expect(beta.component("coercion")?.normalised == 1 / ExposureIndex.coercionSaturation, "blue's strike on beta, not beta's on blue")
    }

    @Test func riskIsExposureLeftUncoveredUnderTheCredibilityAssumption() throws {
        let s = try f.model().scores(of: "alpha")
        let e = s.exposure.total! / 100, u = (s.reliance.total! + s.commitment.total!) / 200
        #expect(abs(s.risk.total! - 100 * e * (1 - u)) < 1e-9)
        let half = try f.model(Scenario(name: "half", usCommitment: 0.5)).scores(of: "alpha")
        #expect(abs(half.risk.total! - 100 * e * (1 - 0.5 * u)) < 1e-9)
        let none = try f.model(Scenario(name: "none", usCommitment: 0)).scores(of: "alpha")
        #expect(abs(none.risk.total! - s.exposure.total!) < 1e-9, "with no credibility, risk is the full exposure")
    }

    @Test func noMeasuredIndexReadsTheCredibilityAssumption() throws {
        let base = try f.model().scores(of: "alpha")
        let doubt = try f.model(Scenario(name: "doubt", usCommitment: 0.1)).scores(of: "alpha")
        for kind in [ScoreKind.reliance, .commitment, .exposure] {
            #expect(base.breakdown(kind) == doubt.breakdown(kind), "\(kind) changed with the credibility assumption")
        }
        #expect(doubt.risk.total! > base.risk.total!)
        // The assumption is stated beside the risk score, never one of its inputs.
        #expect(doubt.risk.components.map(\.id) == ["exposure", "protection"])
        for kind in ScoreKind.allCases {
            for c in base.breakdown(kind).components { #expect(!c.name.contains("credibility"), "\(kind).\(c.id)") }
        }
    }

    @Test func unknownInputIsLeftOutNotCountedAsZero() throws {
        // Gamma: nothing known but that no US defence of it is recorded (an event list is complete data).
        let r = try f.model().reliance(of: "gamma")
        #expect(r.component("arms")?.isKnown == false && r.component("aid")?.isKnown == false)
        #expect(r.coverage == 0.2)
        let s = try f.model().scores(of: "gamma")
        #expect(s.riskLevel == .unknown, "too little of the score is known to give a level")
    }

    @Test func contributionsAddUpToTheTotal() throws {
        for kind in ScoreKind.weighted {
            let b = try f.model().breakdown(kind, of: "alpha")
            #expect(abs(b.components.reduce(0) { $0 + $1.contribution } - (b.total ?? 0)) < 1e-9)
        }
    }

    @Test func allWeightsZeroIsAnError() throws {
        var w = ScoreWeights.default
        for c in ScoreKind.reliance.components { try w.set(.reliance, c.id, to: 0) }
        #expect(throws: ScoreError.self) { try f.model(weights: w).reliance(of: "alpha") }
    }

    @Test func weightsChangeTheScore() throws {
        var w = ScoreWeights.default
        try w.apply("exposure.nuclear=0")
        #expect(try f.model(weights: w).exposure(of: "alpha").total! < (try f.model().exposure(of: "alpha").total!))
    }

    @Test(arguments: ["reliance.troops", "arms=2", "reliance.bogus=1", "dependency.arms=1", "risk.exposure=1",
                      "exposure.balance=-1", "exposure.balance=abc", "exposure.balance=inf", "exposure.balance=1e308"])
    func badWeightSettingsAreRejected(setting: String) {
        var w = ScoreWeights.default
        #expect(throws: WeightError.self) { try w.apply(setting) }
    }

    @Test func onlyAlliesAreScored() {
        #expect(throws: ScoreError.self) { try f.model().scores(of: "red") }
        #expect(throws: ScoreError.self) { try f.model().scores(of: "nobody") }
    }

    @Test func allScoresCoversEveryAlly() throws {
        #expect(try f.model().allScores().map(\.id) == ["alpha", "beta", "gamma"])
    }
}

import Testing
@testable import AllyModel

/// The two indices on hand-made fixtures: components, renormalisation, coverage and edge cases.
@Suite struct ScoringIndexTests {
    let fixture = ScoringFixture.standard

    // MARK: - Dependency

    @Test func dependencyComponentsOfATreatyAlly() throws {
        let d = try fixture.model().dependency(of: "alpha")
        #expect(d.component("tie")?.normalised == 1)
        #expect(abs((d.component("troops")?.normalised ?? 0) - 0.848) < 0.01)
        #expect(d.component("arms")?.normalised == 0.7)
        #expect(d.component("umbrella")?.normalised == 1)
        #expect(d.component("aid")?.normalised == nil)
        #expect(d.component("troops")?.input.contains("35,000 personnel (2024; fixture") == true)
        #expect(d.component("troops")?.evidence == ["alpha.us_troops"])
    }

    @Test func aidIsMilitaryAidOverBudget() throws {
        let d = try fixture.model().dependency(of: "beta")
        let aid = try #require(d.component("aid"))
        // 3.3 bn aid / 46.5 bn budget = 7.1 %, capped linear at 50 %.
        #expect(abs((aid.normalised ?? 0) - 3.3 / 46.5 / 0.5) < 1e-9)
        #expect(aid.input.contains("7.1 %"))
        #expect(d.component("umbrella")?.normalised == 0)
        #expect(d.component("tie")?.normalised == 0.5)
    }

    @Test func aidInMillionsIsConvertedNotMixedUp() throws {
        var f = fixture
        f.fact("beta", "us_fmf_annual", "3300", unit: "USD m")
        let aid = try #require(try f.model().dependency(of: "beta").component("aid"))
        #expect(abs((aid.normalised ?? 0) - 3.3 / 46.5 / 0.5) < 1e-9)
        f.fact("beta", "us_fmf_annual", "3300", unit: "EUR m")
        #expect(try f.model().dependency(of: "beta").component("aid")?.normalised == nil)
    }

    // MARK: - Unknown inputs and coverage

    @Test func unknownInputIsLeftOutNotCountedAsZero() throws {
        let unknown = try fixture.model().dependency(of: "alpha")
        #expect(unknown.coverage == 0.85)
        var f = fixture
        f.fact("alpha", "us_fmf_annual", "0", unit: "USD bn/yr")
        let zero = try f.model().dependency(of: "alpha")
        #expect(zero.coverage == 1)
        #expect(try #require(unknown.total) > (try #require(zero.total)))
        // Renormalised: the known components' weighted mean, not a sum with a hole in it.
        let known = unknown.components.filter(\.isKnown)
        let mean = known.reduce(0) { $0 + $1.weight * $1.normalised! } / known.reduce(0) { $0 + $1.weight }
        #expect(abs(unknown.total! - 100 * mean) < 1e-9)
    }

    @Test func contributionsAddUpToTheTotal() throws {
        for ally in ["alpha", "beta"] {
            for b in [try fixture.model().dependency(of: ally), try fixture.model().risk(of: ally)] {
                let sum = b.components.reduce(0) { $0 + $1.contribution }
                #expect(abs(sum - b.total!) < 1e-9)
                #expect(b.components.filter { !$0.isKnown }.allSatisfy { $0.contribution == 0 })
            }
        }
    }

    @Test func nothingKnownGivesNoScoreAndZeroCoverage() throws {
        let d = try fixture.model().dependency(of: "gamma")
        #expect(d.total == nil)
        #expect(d.coverage == 0)
        #expect(d.totalText == "?")
        #expect(d.components.allSatisfy { $0.input.hasPrefix("unknown") })
    }

    @Test func lowRiskCoverageMakesTheLevelUnknown() throws {
        let s = try fixture.model().scores(of: "gamma")
        #expect(s.risk.total != nil)
        #expect(s.risk.coverage < RiskLevel.minimumCoverage)
        #expect(s.riskLevel == .unknown)
    }

    // MARK: - Weights

    @Test func allWeightsZeroIsAnError() throws {
        var w = ScoreWeights.default
        for c in ScoreKind.dependency.components { try w.set(.dependency, c.id, to: 0) }
        #expect(throws: ScoreError.allWeightsZero(.dependency)) { try fixture.model(weights: w).dependency(of: "alpha") }
        #expect(throws: Never.self) { try fixture.model(weights: w).risk(of: "alpha") }
    }

    @Test func weightOnlyOnUnknownComponentsIsNotAnErrorButUnknown() throws {
        var w = ScoreWeights.default
        for c in ScoreKind.dependency.components { try w.set(.dependency, c.id, to: c.id == "aid" ? 1 : 0) }
        let d = try fixture.model(weights: w).dependency(of: "alpha")
        #expect(d.total == nil && d.coverage == 0)
    }

    @Test func weightsChangeTheScore() throws {
        var w = ScoreWeights.default
        try w.apply("dependency.umbrella=0")
        let before = try fixture.model().dependency(of: "beta").total!
        let after = try fixture.model(weights: w).dependency(of: "beta").total!
        #expect(after > before) // beta's umbrella reliance is 0, so dropping it raises the mean
    }

    @Test(arguments: ["dependency.troops", "troops=2", "risk.bogus=1", "danger.troops=1", "risk.balance=-1", "risk.balance=abc", "risk.balance=inf"])
    func badWeightSettingsAreRejected(setting: String) {
        var w = ScoreWeights.default
        #expect(throws: WeightError.self) { try w.apply(setting) }
        #expect(w == .default)
    }

    @Test func weightSettingParses() throws {
        var w = ScoreWeights.default
        try w.apply("Dependency.Troops = 2.5")
        #expect(w.weight(.dependency, "troops") == 2.5)
        #expect(!w.isDefault)
    }

    // MARK: - Risk

    @Test func riskComponentsOfAFrontlineAlly() throws {
        let r = try fixture.model().risk(of: "alpha")
        #expect(abs((r.component("balance")?.normalised ?? 0) - Normalisation.logRatio(149 / 88.5, span: 100)) < 1e-9)
        #expect(r.component("nuclear")?.normalised == 1)
        #expect(r.component("nuclear")?.input.contains("intercontinental") == true)
        #expect(r.component("conflict")?.normalised == 0)
        #expect(r.component("deterrent")?.normalised == 1)
        let cred = try fixture.model().credibility(of: "alpha")
        #expect(cred.homelandThreat == 1)
        #expect(abs(cred.value! - 0.3) < 1e-9)
        #expect(abs((r.component("credibility")?.normalised ?? 0) - 0.7) < 1e-9)
    }

    @Test func riskComponentsOfAnAllyWithoutNuclearFoes() throws {
        let r = try fixture.model().risk(of: "beta")
        #expect(r.component("nuclear")?.normalised == 0)
        #expect(r.component("deterrent")?.normalised == 0)
        // Two armed events in 2023–2025; the 2019 one is too old.
        #expect(r.component("conflict")?.normalised == 2 / RiskIndex.conflictSaturation)
        #expect(r.component("conflict")?.evidence.sorted() == ["strike-1", "strike-2"])
        // Nearest adversary is the armed group next door, not the stronger state.
        #expect(r.component("proximity")?.input.hasPrefix("Gang") == true)
        #expect(r.component("balance")?.input.hasPrefix("Blue") == true)
        let cred = try fixture.model().credibility(of: "beta")
        #expect(cred.homelandThreat == 0)
        #expect(cred.value == 0.75)
    }

    @Test func credibilityIsHigherWhereTheUSHomelandIsNotAtStake() throws {
        let m = fixture.model()
        #expect(try m.credibility(of: "beta").value! > m.credibility(of: "alpha").value!)
    }

    @Test func extremeInputsStayInRange() throws {
        var f = fixture
        f.fact("alpha", "us_troops", "1000000000", unit: "personnel")
        f.fact("alpha", "arms_imports_us_share", "250", unit: "%")
        f.fact("alpha", "milex_usd", "0.000001", unit: "USD bn")
        f.fact("beta", "us_troops", "-40", unit: "personnel")
        f.fact("beta", "us_fmf_annual", "1000000", unit: "USD bn/yr")
        f.fact("red", "milex_usd", "1000000000", unit: "USD bn")
        for _ in 0..<60 { f.event("e\(f.events.count)", "2025-01-01", ["alpha"]) }
        for ally in ["alpha", "beta", "gamma"] {
            let s = try f.model().scores(of: ally)
            for b in [s.dependency, s.risk] {
                if let t = b.total { #expect((0...100).contains(t)) }
                #expect(b.components.allSatisfy { ($0.normalised ?? 0) >= 0 && ($0.normalised ?? 0) <= 1 })
            }
        }
        #expect(try f.model().dependency(of: "alpha").component("arms")?.normalised == 1)
        #expect(try f.model().dependency(of: "beta").component("troops")?.normalised == 0)
        #expect(try f.model().risk(of: "alpha").component("balance")?.normalised == 1)
    }

    @Test func onlyAlliesAreScored() {
        #expect(throws: ScoreError.notAnAlly("red")) { try fixture.model().scores(of: "red") }
        #expect(throws: ScoreError.unknownActor("nowhere")) { try fixture.model().risk(of: "nowhere") }
    }

    @Test func allScoresCoversEveryAlly() throws {
        #expect(try fixture.model().allScores().map(\.ally.id) == ["alpha", "beta", "gamma"])
    }
}

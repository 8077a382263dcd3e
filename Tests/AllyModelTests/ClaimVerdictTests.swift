import Testing
@testable import AllyModel

/// Named claim checks and the generic fallback, on fixtures.
@Suite struct ClaimVerdictTests {
    /// The standard fixture plus claims shaped like the real ones.
    static var fixture: ScoringFixture {
        var f = ScoringFixture.standard
        f.fact("alpha", "public_support_own_nukes", "76.2", unit: "%", year: "2025")
        f.fact("gamma", "public_support_own_nukes", "40", unit: "%", year: "2025")
        f.claim("safe", actors: ["beta"], supports: ["blue.nuclear_warheads"])
        f.claim("debate", actors: ["alpha", "beta"], supports: ["alpha.public_support_own_nukes"])
        f.claim("strikes", actors: ["beta", "blue", "gang"])
        f.claim("credible", .judgement, actors: ["beta"], contradicts: ["beta.us_security_tie"])
        f.claim("plain-for", supports: ["alpha.us_troops", "war-1"])
        f.claim("plain-both", supports: ["alpha.us_troops"], contradicts: ["red.milex_usd"])
        f.claim("plain-none")
        f.claim("forecast", .prediction, supports: ["alpha.us_troops"])
        f.claim("dangling", supports: ["nowhere.figure"])
        return f
    }

    static let checks: [String: ClaimCheck] = [
        "safe": .noNuclearAdversary(ally: "beta", contrast: "red"),
        "debate": .ownWeaponsDebate(in: ["alpha", "beta"]),
        "strikes": .attacks(by: "beta"),
    ]

    func verdict(_ id: String, _ f: ScoringFixture = fixture, scenario: Scenario = .baseline) throws -> ClaimVerdict {
        let d = f.dataset
        let claim = try #require(d.claims.first { $0.id == id })
        return ClaimAssessor(model: ScoringModel(dataset: d, scenario: scenario), checks: Self.checks).assess(claim)
    }

    @Test func noNuclearAdversaryIsComputedFromTheActors() throws {
        let v = try verdict("safe")
        #expect(v.verdict == .supported)
        #expect(v.method == .computed(check: "nuclear status of beta's adversaries"))
        #expect(v.supporting.first?.isComputed == true)
        #expect(v.supporting.contains { $0.id == "blue.nuclear_warheads" })
    }

    @Test func aScenarioCanFlipAComputedVerdict() throws {
        var s = Scenario.baseline
        try s.apply("nuclear.blue=yes", in: Self.fixture.dataset)
        let v = try verdict("safe", scenario: s)
        #expect(v.verdict == .mixed) // red still contrasts, but blue is now armed
        #expect(v.contradicting.contains { $0.text.contains("Blue") })
    }

    @Test func pollDebateIsMixedWhenOneSideHasNoData() throws {
        let v = try verdict("debate")
        #expect(v.verdict == .mixed)
        #expect(v.supporting.contains { $0.text.contains("76.2% public support") })
        #expect(v.contradicting.contains { $0.text.contains("No poll") && $0.text.contains("Beta") })
    }

    @Test func pollDebateWithoutAnyPollNeedsJudgement() throws {
        var f = Self.fixture
        f.indicators.removeAll { $0.key == "public_support_own_nukes" }
        #expect(try verdict("debate", f).verdict == .needsJudgement)
    }

    @Test func attacksCountOnlyStrikesByTheAttacker() throws {
        let v = try verdict("strikes")
        #expect(v.verdict == .supported) // beta struck blue in 2025 and gang in 2019
        // Naming allies or the defender as targets no longer counts their shared events as strikes.
        var named = Self.fixture
        named.claims.removeAll { $0.id == "strikes" }
        named.claim("strikes", actors: ["beta", "blue", "gang", "alpha", "us"])
        let padded = try verdict("strikes", named)
        #expect(padded.verdict == .mixed)
        #expect(padded.contradicting.contains { $0.text.hasPrefix("Us: no strike by Beta") || $0.text.hasPrefix("US: no strike by Beta") || $0.text.contains("no strike by Beta") })
        var f = Self.fixture
        f.events.removeAll { $0.id == "old-strike" }
        let partial = try verdict("strikes", f)
        #expect(partial.verdict == .mixed)
        #expect(partial.contradicting.contains { $0.text.hasPrefix("Gang: no strike by Beta") })
    }

    /// A claim that only a model assumption could settle (how credible a guarantee is) has no
    /// check: it stays a judgement, with its curated evidence on both sides.
    @Test func credibilityClaimsAreJudgementsNotComputed() throws {
        let v = try verdict("credible")
        #expect(v.verdict == .needsJudgement)
        #expect(v.contradicting.contains { $0.id == "beta.us_security_tie" })
        #expect(ClaimChecks.registry["israel-support-least-uncertain"] == nil)
        #expect(ClaimChecks.registry["europe-greatest-hazard"] == nil)
    }

    @Test func genericFallbackReadsTheLinkedLists() throws {
        #expect(try verdict("plain-for").verdict == .supported)
        #expect(try verdict("plain-for").method == .linkedEvidence)
        #expect(try verdict("plain-both").verdict == .mixed)
        #expect(try verdict("plain-none").verdict == .needsJudgement)
        let forecast = try verdict("forecast")
        #expect(forecast.verdict == .needsJudgement && forecast.method == .judgement)
        #expect(forecast.supporting.count == 1)
    }

    @Test func missingEvidenceIsReportedNotCounted() throws {
        let v = try verdict("dangling")
        #expect(v.missing == ["nowhere.figure"])
        #expect(v.verdict == .needsJudgement)
        #expect(v.supporting.first?.text.contains("not in this dataset") == true)
    }

    @Test func aCheckThatCannotRunFallsBack() throws {
        var f = Self.fixture
        f.actors.removeAll { $0.id == "beta" }
        f.indicators.removeAll { $0.actor == "beta" }
        f.events.removeAll { $0.involves("beta") }
        let v = try verdict("safe", f)
        #expect(v.method == .linkedEvidence)
        #expect(v.reasoning.hasPrefix("could not compute"))
    }
}

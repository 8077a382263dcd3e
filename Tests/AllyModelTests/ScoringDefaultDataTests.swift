import Testing
@testable import AllyModel

/// Model v2 on the built-in data: the answers an analyst checks first, the validation share,
/// and claims that must not be settled by an assumption.
@Suite struct ScoringDefaultDataTests {
    let dataset = try! DatasetLoader.loadDefault()
    var model: ScoringModel { ScoringModel(dataset: dataset) }

    func rank(_ id: String, _ kind: ScoreKind) throws -> Int {
        let all = try model.allScores().compactMap { s in s.breakdown(kind).total.map { (s.id, $0) } }.sorted { $0.1 > $1.1 }
        return try #require(all.firstIndex { $0.0 == id }) + 1
    }

    func verdict(_ claim: String) throws -> ClaimVerdict {
        ClaimAssessor(model: model).assess(try #require(dataset.claims.first { $0.id == claim }))
    }

    @Test func israelIsAmongTheMostReliantNotTheLeast() throws {
        let allies = dataset.allies.count
        #expect(try rank("israel", .reliance) <= allies / 3, "Israel's reliance rank")
        #expect(try model.reliance(of: "israel").total! > (try model.reliance(of: "france").total!))
        #expect(try model.reliance(of: "israel").component("defence")?.normalised == 1, "US forces defended Israel in 2024 and 2025")
    }

    @Test func taiwanIsTheMostExposedAndAtRisk() throws {
        #expect(try rank("taiwan", .exposure) <= 3)
        #expect(try rank("taiwan", .risk) == 1)
    }

    @Test func southKoreasExposureIsNorthKoreaAtTheBorder() throws {
        let e = try model.exposure(of: "south-korea")
        #expect(e.component("proximity")?.input.hasPrefix("North Korea: shared border") == true)
        // North Korea's spending is not known, so the balance is unknown rather than scored against China.
        let balance = try #require(e.component("balance"))
        #expect(balance.input.contains("North Korea"))
        #expect(!balance.input.contains("China"))
    }

    @Test func iransThresholdCountsAndIsraelsOwnWeaponsOffsetIt() throws {
        let saudi = try model.exposure(of: "saudi-arabia").component("nuclear")
        #expect(saudi?.normalised == ExposureIndex.thresholdFactor, "\(saudi?.input ?? "")")
        #expect(try model.exposure(of: "israel").component("nuclear")?.normalised == 0)
    }

    @Test func theModelReproducesThePublishedJudgements() throws {
        #expect(dataset.judgements.count >= 30)
        let v = try ModelValidation(model: model)
        #expect(v.agreement >= 0.85, "agreement \(v.agreement); misses: \(v.misses.map(\.judgement.id))")
    }

    @Test func retrenchmentRaisesRiskMostWhereDefenceIsMostAmerican() throws {
        let c = try ScenarioComparison(model: model.with(scenario: try #require(ScenarioPresets.named("us-retrenchment"))))
        for row in c.rows where !(dataset.actor(row.id)?.adversaries.isEmpty ?? true) {
            #expect(try #require(row.riskDelta) >= 0, "\(row.id)")
            for kind in ScoreKind.weighted { #expect(row.delta(kind) == 0, "\(row.id) \(kind) moved with an assumption") }
        }
        let japan = try #require(c.rows.first { $0.id == "japan" }?.riskDelta)
        let france = try #require(c.rows.first { $0.id == "france" }?.riskDelta)
        #expect(japan > france)
    }

    @Test func credibilityClaimsAreJudgementsAndTheStrikeClaimCountsOnlyIsraelsStrikes() throws {
        #expect(try verdict("israel-support-least-uncertain").verdict == .needsJudgement)
        #expect(try verdict("europe-greatest-hazard").verdict == .needsJudgement)
        let strikes = try verdict("israel-strikes-five-countries")
        for line in strikes.supporting where line.id == nil {
            #expect(!line.text.hasPrefix("Jordan") && !line.text.hasPrefix("United States"), "\(line.text)")
        }
    }

    @Test func everyAllyIsScoredAndEveryClaimJudged() throws {
        let scores = try model.allScores()
        #expect(scores.count == dataset.allies.count)
        for s in scores {
            #expect(s.commitment.total != nil, "\(s.id)")
            #expect(s.exposure.total != nil, "\(s.id)")
        }
        let verdicts = ClaimAssessor(model: model).assessAll()
        #expect(verdicts.count == dataset.claims.count)
        #expect(verdicts.allSatisfy { $0.missing.isEmpty })
    }

    @Test func everyRegisteredCheckNamesARealClaimAndRuns() throws {
        for (id, _) in ClaimChecks.registry {
            let claim = try #require(dataset.claims.first { $0.id == id }, "\(id)")
            #expect(ClaimAssessor(model: model).assess(claim).method != .judgement, "\(id)")
        }
    }

    @Test func everyAllysTieIsClassified() {
        for ally in dataset.allies {
            #expect(USTieClassifier.assess(ally: ally.id, in: dataset).level != nil, "\(ally.id)")
        }
    }
}

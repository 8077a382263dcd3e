import Testing
@testable import AllyModel

/// The model's deterministic generator, so property failures reproduce from the seed.
typealias SeededGenerator = SplitMix64

/// Properties that must hold for any scenario and any weights, checked over many seeded random cases.
@Suite struct ScoringPropertyTests {
    static let cases = 200

    /// A random scenario over the actors of `dataset`.
    static func randomScenario(_ dataset: Dataset, _ g: inout SeededGenerator) -> Scenario {
        var s = Scenario(name: "random", usCommitment: Double.random(in: 0...1, using: &g))
        for a in dataset.actors where a.kind != .us {
            if Bool.random(using: &g) { s.growth[a.id] = Double.random(in: -0.9...3, using: &g) }
            if Int.random(in: 0..<4, using: &g) == 0 { s.nuclear[a.id] = Bool.random(using: &g) }
            if a.kind == .ally && Int.random(in: 0..<4, using: &g) == 0 { s.leaving.insert(a.id) }
        }
        return s
    }

    static func randomWeights(_ g: inout SeededGenerator) -> ScoreWeights {
        var w = ScoreWeights.default
        for (kind, c, _) in w.all() {
            // Keep at least the first weight of each index positive so the score exists.
            let value = c.id == kind.components[0].id ? Double.random(in: 0.1...50, using: &g) : Double.random(in: 0...50, using: &g)
            try? w.set(kind, c.id, to: Int.random(in: 0..<5, using: &g) == 0 && c.id != kind.components[0].id ? 0 : value)
        }
        return w
    }

    /// The fixture, plus the default dataset when it loads, so properties hold on real numbers too.
    static var datasets: [Dataset] {
        [ScoringFixture.standard.dataset] + ((try? DatasetLoader.loadDefault()).map { [$0] } ?? [])
    }

    @Test func raisingUSCommitmentNeverRaisesRisk() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xA11E + UInt64(i))
            for _ in 0..<Self.cases {
                var low = Self.randomScenario(dataset, &g)
                let weights = Self.randomWeights(&g)
                var high = low
                let a = Double.random(in: 0...1, using: &g), b = Double.random(in: 0...1, using: &g)
                (low.usCommitment, high.usCommitment) = (min(a, b), max(a, b))
                let before = try ScoringModel(dataset: dataset, weights: weights, scenario: low).allScores()
                let after = try ScoringModel(dataset: dataset, weights: weights, scenario: high).allScores()
                for (x, y) in zip(before, after) {
                    guard let r0 = x.risk.total, let r1 = y.risk.total else { continue }
                    #expect(r1 <= r0 + 1e-9, "risk of \(x.ally.id) rose from \(r0) to \(r1) when commitment went \(low.usCommitment) → \(high.usCommitment)")
                    #expect(x.risk.coverage == y.risk.coverage)
                }
            }
        }
    }

    @Test func acquiringWeaponsNeverWeakensOwnDeterrent() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xB0B + UInt64(i))
            for _ in 0..<Self.cases {
                let base = Self.randomScenario(dataset, &g)
                let ally = dataset.allies.randomElement(using: &g)!
                var armed = base
                armed.nuclear[ally.id] = true
                let m0 = ScoringModel(dataset: dataset, scenario: base), m1 = ScoringModel(dataset: dataset, scenario: armed)
                let s0 = OwnDeterrent.strength(m0.posture(of: ally.id)) ?? 0
                let s1 = try #require(OwnDeterrent.strength(m1.posture(of: ally.id)))
                #expect(s1 >= s0)
                #expect(s1 == OwnDeterrent.armedStrength)
                let c0 = try m0.risk(of: ally.id).component("deterrent")?.normalised ?? 1
                let c1 = try #require(try m1.risk(of: ally.id).component("deterrent")?.normalised)
                #expect(c1 <= c0, "\(ally.id): lack-of-deterrent rose from \(c0) to \(c1)")
            }
        }
    }

    @Test func scoresStayWithinZeroToHundred() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xC0FFEE + UInt64(i))
            for _ in 0..<Self.cases {
                let model = ScoringModel(dataset: dataset, weights: Self.randomWeights(&g), scenario: Self.randomScenario(dataset, &g))
                for s in try model.allScores() {
                    for b in [s.dependency, s.risk] {
                        if let t = b.total { #expect(t >= 0 && t <= 100) }
                        #expect(b.coverage >= 0 && b.coverage <= 1)
                        for c in b.components { if let n = c.normalised { #expect(n >= 0 && n <= 1) } }
                    }
                }
            }
        }
    }

    @Test func adversaryGrowthNeverLowersRisk() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xD00D + UInt64(i))
            let adversaries = dataset.actors.filter { $0.kind.isThreat }
            for _ in 0..<Self.cases {
                let base = Self.randomScenario(dataset, &g)
                let foe = adversaries.randomElement(using: &g)!
                var grown = base
                grown.growth[foe.id] = base.capabilityFactor(foe.id) * Double.random(in: 1...3, using: &g) - 1
                let before = try ScoringModel(dataset: dataset, scenario: base).allScores()
                let after = try ScoringModel(dataset: dataset, scenario: grown).allScores()
                for (x, y) in zip(before, after) {
                    guard let r0 = x.risk.total, let r1 = y.risk.total else { continue }
                    #expect(r1 >= r0 - 1e-9, "\(foe.id) growing lowered \(x.ally.id)'s risk")
                }
            }
        }
    }
}

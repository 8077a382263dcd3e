import Testing
@testable import AllyModel

/// The model's deterministic generator, so property failures reproduce from the seed.
typealias SeededGenerator = SplitMix64

/// Properties that must hold for any scenario and any weights, checked over many seeded random cases.
@Suite struct ScoringPropertyTests {
    static let cases = 150

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
            let first = c.id == kind.components[0].id
            let value = first ? Double.random(in: 0.1...50, using: &g) : Int.random(in: 0..<5, using: &g) == 0 ? 0 : Double.random(in: 0...50, using: &g)
            try? w.set(kind, c.id, to: value)
        }
        return w
    }

    /// The fixture, plus the default dataset, so properties hold on real numbers too.
    static var datasets: [Dataset] {
        [ScoringFixture.standard.dataset] + ((try? DatasetLoader.loadDefault()).map { [$0] } ?? [])
    }

    @Test func raisingUSCommitmentNeverRaisesRisk() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xA11E + UInt64(i))
            for _ in 0..<Self.cases {
                let s = Self.randomScenario(dataset, &g), w = Self.randomWeights(&g)
                var more = s
                more.usCommitment = min(1, s.usCommitment + Double.random(in: 0...1, using: &g))
                for ally in dataset.allies {
                    let a = try ScoringModel(dataset: dataset, weights: w, scenario: s).risk(of: ally.id).total
                    let b = try ScoringModel(dataset: dataset, weights: w, scenario: more).risk(of: ally.id).total
                    if let a, let b { #expect(b <= a + 1e-9, "\(ally.id): risk rose with more credibility") }
                }
            }
        }
    }

    @Test func raisingAnAdversarysArsenalNeverLowersExposure() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xB0B + UInt64(i))
            let adversaries = dataset.actors.filter { $0.kind.isThreat }
            for _ in 0..<Self.cases {
                let s = Self.randomScenario(dataset, &g), w = Self.randomWeights(&g)
                guard let foe = adversaries.randomElement(using: &g) else { continue }
                var bigger = s
                bigger.growth[foe.id] = (s.growth[foe.id] ?? 0) + Double.random(in: 0...2, using: &g)
                if s.nuclear[foe.id] == nil && Bool.random(using: &g) { bigger.nuclear[foe.id] = true }
                for ally in dataset.allies where ally.adversaries.contains(foe.id) {
                    let a = try ScoringModel(dataset: dataset, weights: w, scenario: s).exposure(of: ally.id).total
                    let b = try ScoringModel(dataset: dataset, weights: w, scenario: bigger).exposure(of: ally.id).total
                    if let a, let b { #expect(b >= a - 1e-9, "\(ally.id): exposure fell when \(foe.id) grew") }
                }
            }
        }
    }

    @Test func scoresStayWithinZeroToHundred() throws {
        for (i, dataset) in Self.datasets.enumerated() {
            var g = SeededGenerator(seed: 0xC0DE + UInt64(i))
            for _ in 0..<Self.cases / 3 {
                let model = ScoringModel(dataset: dataset, weights: Self.randomWeights(&g), scenario: Self.randomScenario(dataset, &g))
                for s in try model.allScores() {
                    for kind in ScoreKind.allCases {
                        if let t = s.breakdown(kind).total { #expect((0...100).contains(t), "\(s.id) \(kind) \(t)") }
                    }
                }
            }
        }
    }

    /// Learning an input the model did not know (here: an unknown US arms share, set to the
    /// middle of the range the other allies span) keeps the score inside the band the
    /// uncertainty analysis gave it, which draws such gaps from that range.
    @Test func fillingAnUnknownKeepsTheScoreInsideItsBand() throws {
        let dataset = try DatasetLoader.loadDefault()
        let bands = try Uncertainty(model: ScoringModel(dataset: dataset))
        let known = dataset.allies.compactMap { dataset.indicator($0.id, "arms_imports_us_share")?.value.number }.sorted()
        let middle = (known.first! + known.last!) / 2
        var rows = Array(dataset.indicators)
        var filled: [String] = []
        for (i, x) in rows.enumerated() where x.key == "arms_imports_us_share" && x.value.isUnknown {
            rows[i].value = .number(middle)
            rows[i].period = Period("2024")
            filled.append(x.actor)
        }
        #expect(!filled.isEmpty)
        let after = ScoringModel(dataset: Dataset(actors: dataset.actors, indicators: IndicatorTable(rows), events: dataset.events,
                                                  claims: dataset.claims, threats: dataset.threats, meta: dataset.meta))
        for id in filled {
            guard let t = try after.reliance(of: id).total, let band = bands.band(.reliance, of: id) else { continue }
            #expect(t >= band.low - 1 && t <= band.high + 1, "\(id): \(t) outside \(band.rangeText)")
        }
    }

    @Test func theBandHoldsTheScoreAndTheRankIntervalIsOrdered() throws {
        let model = ScoringModel(dataset: try DatasetLoader.loadDefault())
        let bands = try Uncertainty(model: model)
        for s in try model.allScores() {
            for kind in ScoreKind.allCases {
                guard let t = s.breakdown(kind).total, s.breakdown(kind).coverage == 1, let b = bands.band(kind, of: s.id) else { continue }
                #expect(b.low <= b.high && b.bestRank <= b.worstRank)
                #expect(t >= b.low - 15 && t <= b.high + 15, "\(s.id) \(kind) \(t) far from its band \(b.rangeText)")
            }
        }
        let again = try Uncertainty(model: model)
        #expect(again.band(.risk, of: "israel") == bands.band(.risk, of: "israel"), "seeded: the same bands every run")
    }
}

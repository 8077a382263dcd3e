import AllyModel

/// Scores of every ally under the current what-if scenario, plus the baseline for deltas.
///
/// Computed once when the scenario changes (scoring all allies takes well under a millisecond),
/// so drawing a frame never recomputes a score.
public struct Assessment: Sendable {
    public let model: ScoringModel
    /// Scenarios `s` cycles through; the first is the baseline.
    public let scenarios: [Scenario]
    public private(set) var scenarioIndex = 0
    public private(set) var scores: [String: AllyScores] = [:]
    public private(set) var baseline: [String: AllyScores] = [:]
    /// Map colours by ally id under the current scenario.
    public private(set) var levels: [String: MapMarker.Risk] = [:]
    /// Verdicts by claim id, computed from the data (baseline: the claims are about the world as it is).
    public private(set) var verdicts: [String: ClaimVerdict] = [:]

    public init(dataset: Dataset, weights: ScoreWeights = .default, scenarios: [Scenario] = [.baseline]) {
        model = ScoringModel(dataset: dataset, weights: weights)
        self.scenarios = scenarios.isEmpty ? [.baseline] : scenarios
        baseline = Self.score(model.with(scenario: self.scenarios[0]))
        verdicts = Dictionary(ClaimAssessor(model: model).assessAll().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        recompute()
    }

    public var scenario: Scenario { scenarios[scenarioIndex] }
    public var scenarioName: String { scenario.name }

    public func score(_ allyID: String) -> AllyScores? { scores[allyID] }
    public func baseline(_ allyID: String) -> AllyScores? { baseline[allyID] }
    public func verdict(for claim: Claim) -> ClaimVerdict? { verdicts[claim.id] }

    /// Moves to the next scenario (wrapping back to the baseline) and rescores.
    public mutating func cycleScenario() {
        scenarioIndex = (scenarioIndex + 1) % scenarios.count
        recompute()
    }

    private mutating func recompute() {
        scores = scenarioIndex == 0 ? baseline : Self.score(model.with(scenario: scenario))
        levels = scores.mapValues { s in
            switch s.riskLevel {
            case .low: return .low
            case .medium: return .medium
            case .high: return .high
            case .unknown: return .unknown
            }
        }
    }

    private static func score(_ model: ScoringModel) -> [String: AllyScores] {
        var out: [String: AllyScores] = [:]
        for ally in model.dataset.allies {
            if let s = try? model.scores(of: ally.id) { out[ally.id] = s }
        }
        return out
    }
}

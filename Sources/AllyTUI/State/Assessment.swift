import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// Verdicts by claim id, computed from the data (baseline: the claims are about the world as
    /// it is) the first time a claim is shown, so start-up does not wait for all of them.
    private let verdicts: VerdictCache

    public init(dataset: Dataset, weights: ScoreWeights = .default, scenarios: [Scenario] = [.baseline]) {
        model = ScoringModel(dataset: dataset, weights: weights)
        self.scenarios = scenarios.isEmpty ? [.baseline] : scenarios
        baseline = Self.score(model.with(scenario: self.scenarios[0]))
        verdicts = VerdictCache(assessor: ClaimAssessor(model: model))
        recompute()
    }

    public var scenario: Scenario { scenarios[scenarioIndex] }
    public var scenarioName: String { scenario.name }

    public func score(_ allyID: String) -> AllyScores? { scores[allyID] }
    public func baseline(_ allyID: String) -> AllyScores? { baseline[allyID] }
    public func verdict(for claim: Claim) -> ClaimVerdict? { verdicts.verdict(for: claim) }

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

/// Memoised claim verdicts. A reference type on purpose: drawing is a pure function of the state,
/// and filling this cache from it changes nothing anyone can observe except the time taken.
final class VerdictCache: @unchecked Sendable {
    private let assessor: ClaimAssessor
    private let lock = Lock()
    private var verdicts: [String: ClaimVerdict] = [:]

    init(assessor: ClaimAssessor) { self.assessor = assessor }

    func verdict(for claim: Claim) -> ClaimVerdict {
        lock.lock()
        defer { lock.unlock() }
        if let v = verdicts[claim.id] { return v }
        let v = assessor.assess(claim)
        verdicts[claim.id] = v
        return v
    }
}

import AllyModel

/// The scores of allies under one scenario, each computed the first time it is asked for.
///
/// A reference type so that every copy of the state shares what was already scored: rendering
/// is a pure function of the state, and filling this cache changes nothing anyone can observe
/// except the time taken. Guarded by a lock (the explorer uses it from one thread).
final class ScoreCache: @unchecked Sendable {
    let model: ScoringModel
    private let lock = Lock()
    /// Scores by ally id; nil records that the ally cannot be scored, so it is not retried.
    private var scores: [String: AllyScores?] = [:]

    init(model: ScoringModel) { self.model = model }

    /// Score bands and rank intervals, computed the first time one is asked for; none on
    /// datasets too large to rescore many times at interactive speed.
    private var uncertainty: Uncertainty??

    static let maxAlliesForBands = 1000

    func band(_ kind: ScoreKind, of allyID: String) -> Uncertainty.Band? {
        lock.lock()
        defer { lock.unlock() }
        if uncertainty == nil {
            uncertainty = .some(model.dataset.allyCount <= Self.maxAlliesForBands ? try? Uncertainty(model: model) : nil)
        }
        return uncertainty??.band(kind, of: allyID)
    }

    func scores(of allyID: String) -> AllyScores? {
        lock.lock()
        defer { lock.unlock() }
        if let known = scores[allyID] { return known }
        let computed = try? model.scores(of: allyID)
        scores[allyID] = .some(computed)
        return computed
    }

    /// The map colour of an ally: its risk level, nil when it cannot be scored.
    func level(of allyID: String) -> RiskLevel? {
        scores(of: allyID).map(\.riskLevel)
    }
}

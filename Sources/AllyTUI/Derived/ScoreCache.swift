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
    /// Another thread is computing the bands: until they are in, `band` answers nil instead of
    /// computing them a second time on the caller's thread (the first frame must not wait).
    private var bandsPending = false

    static let maxAlliesForBands = 1000

    func band(_ kind: ScoreKind, of allyID: String) -> Uncertainty.Band? {
        lock.lock()
        defer { lock.unlock() }
        if uncertainty == nil {
            if bandsPending { return nil }
            uncertainty = .some(computeUncertainty())
        }
        return uncertainty??.band(kind, of: allyID)
    }

    /// Whether `band` answers without computing (the bands are in, or there are none to compute).
    var bandsReady: Bool {
        lock.lock()
        defer { lock.unlock() }
        return uncertainty != nil
    }

    /// Marks the bands as being computed by another thread (call before starting it): until
    /// `computeBandsAhead` stores them, `band` answers nil. False if they are already in.
    func markBandsPending() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard uncertainty == nil else { return false }
        bandsPending = true
        return true
    }

    /// Computes the bands on the calling thread without holding the lock, so scores keep being
    /// served meanwhile, then stores them.
    func computeBandsAhead() {
        let computed = computeUncertainty()
        lock.lock()
        if uncertainty == nil { uncertainty = .some(computed) }
        bandsPending = false
        lock.unlock()
    }

    private func computeUncertainty() -> Uncertainty? {
        model.dataset.allyCount <= Self.maxAlliesForBands ? try? Uncertainty(model: model) : nil
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

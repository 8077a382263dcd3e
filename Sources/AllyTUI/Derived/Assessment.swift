import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Scores of the allies under the current what-if scenario, plus the baseline for deltas.
///
/// Scoring is lazy: an ally is scored the first time something shows it (its map marker, a pane,
/// the compare view), and the result is kept. Scoring every ally up front took ~50 µs each, seconds
/// at 100k allies, and kept a full breakdown of each in memory. Each scenario has its own cache,
/// shared by every copy of the assessment, so switching scenario back and forth never rescores.
public struct Assessment: Sendable {
    public let model: ScoringModel
    /// Scenarios `s` cycles through; the first is the baseline.
    public let scenarios: [Scenario]
    public private(set) var scenarioIndex = 0
    /// One cache per entry of `scenarios`, in the same order.
    private let caches: [ScoreCache]
    /// Verdicts by claim id, computed from the data (baseline: the claims are about the world as
    /// it is) the first time a claim is shown, so start-up does not wait for all of them.
    private let verdicts: VerdictCache

    public init(dataset: Dataset, weights: ScoreWeights = .default, scenarios: [Scenario] = [.baseline]) {
        model = ScoringModel(dataset: dataset, weights: weights)
        self.scenarios = scenarios.isEmpty ? [.baseline] : scenarios
        caches = self.scenarios.map { [model] in ScoreCache(model: model.with(scenario: $0)) }
        verdicts = VerdictCache(assessor: ClaimAssessor(model: model))
    }

    public var scenario: Scenario { scenarios[scenarioIndex] }
    public var scenarioName: String { scenario.name }

    /// Both scores of an ally under the current scenario; nil when it cannot be scored.
    public func score(_ allyID: String) -> AllyScores? { caches[scenarioIndex].scores(of: allyID) }
    /// Both scores of an ally under the baseline scenario.
    public func baseline(_ allyID: String) -> AllyScores? { caches[0].scores(of: allyID) }

    /// The band and rank interval of one index under the current scenario (nil while another
    /// thread is still computing the bands: see `Derived.computeBaselineBandsAhead`).
    public func band(_ kind: ScoreKind, of allyID: String) -> Uncertainty.Band? { caches[scenarioIndex].band(kind, of: allyID) }
    /// Whether the current scenario's bands are in (panes drawn without them are drawn again).
    public var bandsReady: Bool { caches[scenarioIndex].bandsReady }
    /// The baseline's cache, for computing its bands on another thread.
    var baselineCache: ScoreCache { caches[0] }
    /// The map colour of an ally under the current scenario; nil when it cannot be scored.
    public func level(of allyID: String) -> RiskLevel? { caches[scenarioIndex].level(of: allyID) }
    /// The verdict on a claim. With `runChecks` false, a claim whose verdict needs a registered
    /// check is only answered if it was already computed (nil otherwise).
    public func verdict(for claim: Claim, runChecks: Bool = true) -> ClaimVerdict? {
        verdicts.verdict(for: claim, runChecks: runChecks)
    }

    /// A checked claim's evidence items, built once (an article claim can list hundreds, and
    /// the board and the panes list them on many keys).
    func evidence(for claim: Claim, verdict: ClaimVerdict, build: () -> [ClaimEvidence]) -> [ClaimEvidence] {
        verdicts.evidence(for: claim, build: build)
    }

    /// Whether panes may run claim checks as they draw. Some checks rank every ally (the
    /// dependency profile scores them all), which takes seconds on 100k actors; on datasets
    /// that large, panes leave those verdicts to the detail view (Enter).
    public var checksAreCheap: Bool { model.dataset.allyCount <= Self.cheapCheckAllies }
    /// How many verdicts that ran a registered check have been computed (panes that defer them
    /// redraw when this changes).
    public var checkedVerdictCount: Int { verdicts.checkedCount }
    static let cheapCheckAllies = 1000
    /// Whether panes draw without running claim checks: on large datasets always, and at start
    /// until another thread has run them (the first frame does not wait for them).
    public var defersChecks: Bool { !checksAreCheap || verdicts.checksAhead }
    /// Marks the checks as being run by another thread (call before starting it); false on
    /// datasets whose panes never run them.
    func deferChecks() -> Bool { checksAreCheap && verdicts.markChecksAhead() }
    /// The other thread is done: panes run (now cached) checks again.
    func endCheckDeferral() { verdicts.endChecksAhead() }

    /// Moves to the next scenario (wrapping back to the baseline); its scores come from its own cache.
    mutating func cycleScenario() {
        scenarioIndex = (scenarioIndex + 1) % scenarios.count
    }

    /// The same caches, read under the scenario at `index` (the baseline when out of range).
    public func at(_ index: Int) -> Assessment {
        var copy = self
        copy.scenarioIndex = scenarios.indices.contains(index) ? index : 0
        return copy
    }
}

/// Memoised claim verdicts. A reference type on purpose: drawing is a pure function of the state,
/// and filling this cache from it changes nothing anyone can observe except the time taken.
final class VerdictCache: @unchecked Sendable {
    private let assessor: ClaimAssessor
    private let lock = Lock()
    private var verdicts: [String: ClaimVerdict] = [:]
    private var evidence: [String: [ClaimEvidence]] = [:]
    private(set) var checkedCount = 0
    private var ahead = false

    init(assessor: ClaimAssessor) { self.assessor = assessor }

    var checksAhead: Bool { lock.withLock { ahead } }
    func markChecksAhead() -> Bool { lock.withLock { ahead = true; return true } }
    func endChecksAhead() { lock.withLock { ahead = false } }

    func verdict(for claim: Claim, runChecks: Bool) -> ClaimVerdict? {
        lock.lock()
        defer { lock.unlock() }
        if let v = verdicts[claim.id] { return v }
        if !runChecks && assessor.checks[claim.id] != nil { return nil }
        let v = assessor.assess(claim)
        verdicts[claim.id] = v
        if assessor.checks[claim.id] != nil { checkedCount += 1 }
        return v
    }

    /// The evidence of a claim whose verdict is in (a pure function of the claim and its verdict).
    func evidence(for claim: Claim, build: () -> [ClaimEvidence]) -> [ClaimEvidence] {
        lock.lock()
        if let hit = evidence[claim.id] { lock.unlock(); return hit }
        lock.unlock()
        let items = build()
        lock.lock()
        evidence[claim.id] = items
        lock.unlock()
        return items
    }
}

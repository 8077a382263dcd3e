/// A claim as the tour shows it: the verdict and why, the linked evidence strongest first, and
/// what would change the verdict.
public struct TourClaim: Sendable, Hashable, Identifiable {
    /// Verdict, method, reasoning, and every line for and against (computed statements first).
    public let assessment: ClaimVerdict
    /// Linked dataset rows that support the claim, strongest first.
    public let evidenceFor: [TourEvidence]
    /// Linked dataset rows that cut against it, strongest first.
    public let evidenceAgainst: [TourEvidence]
    /// What would change the verdict; nil unless the verdict is computed by a check.
    public let sturdiness: Sturdiness?

    public init(assessment: ClaimVerdict, evidenceFor: [TourEvidence], evidenceAgainst: [TourEvidence], sturdiness: Sturdiness?) {
        self.assessment = assessment; self.evidenceFor = evidenceFor; self.evidenceAgainst = evidenceAgainst
        self.sturdiness = sturdiness
    }

    /// Assesses `claim` under `model` and, when a check computes its verdict, searches what would change it.
    public init(_ claim: Claim, model: ScoringModel, checks: [String: ClaimCheck] = ClaimChecks.registry,
                presets: [Scenario] = ScenarioPresets.bySize) {
        let assessment = ClaimAssessor(model: model, checks: checks).assess(claim)
        let rows = { (ids: [String]) in TourEvidence.strongestFirst(ids.compactMap { TourEvidence(id: $0, in: model.dataset) }) }
        var sturdiness: Sturdiness?
        if case .computed = assessment.method { sturdiness = Sturdiness.of(claim, under: model, checks: checks, presets: presets) }
        self.init(assessment: assessment, evidenceFor: rows(claim.supports), evidenceAgainst: rows(claim.contradicts),
                  sturdiness: sturdiness)
    }

    public var id: String { claim.id }
    public var claim: Claim { assessment.claim }
    public var verdict: Verdict { assessment.verdict }
    public var strongestFor: TourEvidence? { evidenceFor.first }
    public var strongestAgainst: TourEvidence? { evidenceAgainst.first }
    /// What the check measured for and against (empty for a verdict read off linked evidence).
    public var measuredFor: [String] { assessment.supporting.filter(\.isComputed).map(\.text) }
    public var measuredAgainst: [String] { assessment.contradicting.filter(\.isComputed).map(\.text) }
}

/// Gives each claim a verdict: a named check where one is registered, else a reading of its linked evidence.
public struct ClaimAssessor: Sendable {
    public let model: ScoringModel
    public let checks: [String: ClaimCheck]

    /// Assesses under `model`'s weights and scenario, so a what-if can change verdicts too.
    public init(model: ScoringModel, checks: [String: ClaimCheck] = ClaimChecks.registry) {
        self.model = model; self.checks = checks
    }

    /// Assesses against the data as it is (default weights, baseline scenario).
    public init(dataset: Dataset) { self.init(model: ScoringModel(dataset: dataset)) }

    /// One verdict with a default model; convenient for a single claim.
    public static func assess(_ claim: Claim, in dataset: Dataset) -> ClaimVerdict {
        ClaimAssessor(dataset: dataset).assess(claim)
    }

    /// Every claim of the dataset, in dataset order (for tests; the views assess claim by claim).
    func assessAll() -> [ClaimVerdict] { model.dataset.claims.map(assess) }

    /// The verdict on one claim.
    public func assess(_ claim: Claim) -> ClaimVerdict {
        let dataset = model.dataset
        let forLines = claim.supports.map { EvidenceLine(id: $0, in: dataset) }
        let againstLines = claim.contradicts.map { EvidenceLine(id: $0, in: dataset) }
        let missing = (claim.supports + claim.contradicts).filter { dataset.evidence($0) == nil }

        if let check = checks[claim.id] {
            let outcome = check.run(claim, model)
            if !outcome.couldNotCompute {
                return ClaimVerdict(claim: claim, verdict: outcome.verdict, method: .computed(check: check.name),
                                    reasoning: outcome.reasoning,
                                    supporting: outcome.supporting.map(EvidenceLine.computed) + forLines,
                                    contradicting: outcome.contradicting.map(EvidenceLine.computed) + againstLines,
                                    missing: missing)
            }
            let fallback = generic(claim)
            return ClaimVerdict(claim: claim, verdict: fallback.0, method: fallback.1,
                                reasoning: "\(outcome.reasoning). \(fallback.2)",
                                supporting: forLines, contradicting: againstLines, missing: missing)
        }
        let (verdict, method, reasoning) = generic(claim)
        return ClaimVerdict(claim: claim, verdict: verdict, method: method, reasoning: reasoning,
                            supporting: forLines, contradicting: againstLines, missing: missing)
    }

    /// Only the verdict, without building evidence lines: what-if searches ask for it many times.
    public func verdict(_ claim: Claim) -> Verdict {
        if let check = checks[claim.id] {
            let outcome = check.run(claim, model, .verdictOnly)
            if !outcome.couldNotCompute { return outcome.verdict }
        }
        return generic(claim).0
    }

    /// The fallback: judgements and predictions need a person; assertions are read off the linked lists.
    private func generic(_ claim: Claim) -> (Verdict, VerdictMethod, String) {
        let found = claim.supports.filter { model.dataset.evidence($0) != nil }.count
        let against = claim.contradicts.filter { model.dataset.evidence($0) != nil }.count
        guard claim.stance == .assertion else {
            let what = claim.stance == .prediction ? "a forecast" : "an interpretation"
            return (.needsJudgement, .judgement,
                    "This is \(what); the data cannot settle it. \(found) item\(found == 1 ? "" : "s") linked for, \(against) against.")
        }
        let verdict = CheckOutcome.tally(holds: found, fails: against)
        let text = verdict == .needsJudgement
            ? "No evidence is linked to this claim in the dataset."
            : "Read from the evidence linked in the dataset (\(found) for, \(against) against); no computation."
        return (verdict, .linkedEvidence, text)
    }
}

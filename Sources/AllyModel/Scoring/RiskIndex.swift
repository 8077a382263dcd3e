/// Risk if US protection weakens, 0–100 = exposure × (1 − credibility × US share of protection).
///
/// - exposure: the exposure index, 0–1;
/// - US share of protection: the mean of reliance and commitment, 0–1 — how much of the ally's
///   defence is American, in inputs received and in promises held;
/// - credibility: the scenario's assumption of how much of its commitments the US honours. It is
///   a user setting with written presets, never computed from the data or from the article's claims.
///
/// At full credibility the score is the exposure the US does not cover; as credibility falls it
/// rises towards the full exposure, fastest for exposed allies whose defence is most American.
public enum RiskIndex {
    /// "assuming the US honours 40 % of its commitments (us-retrenchment)": the assumption a risk
    /// score was computed under, for every place that shows one.
    public static func assumptionText(_ scenario: Scenario) -> String {
        "assuming the US honours \(Scenario.percent(Normalisation.unit(scenario.usCommitment))) % of its commitments (\(scenario.name))"
    }

    static func breakdown(_ ally: Actor, exposure: ScoreBreakdown, reliance: ScoreBreakdown, commitment: ScoreBreakdown,
                          _ ctx: ScoringContext) -> ScoreBreakdown {
        let e = exposure.total.map { $0 / 100 }
        let shares = [reliance.total, commitment.total].compactMap { $0 }.map { $0 / 100 }
        let u = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
        let c = ctx.commitment
        let parts = [
            ComponentInput(text: "exposure \(exposure.totalText)/100", value: e).score(RiskComponent.exposure.descriptor, weight: 0),
            ComponentInput(text: "reliance \(reliance.totalText), commitment \(commitment.totalText) → mean \(u.map { Scenario.percent($0) } ?? "?") %",
                           value: u).score(RiskComponent.protection.descriptor, weight: 0),
        ]
        let total = e.flatMap { e in u.map { u in 100 * e * (1 - c * u) } }
        let coverage = min(exposure.coverage, (reliance.coverage + commitment.coverage) / 2)
        return ScoreBreakdown(kind: .risk, components: parts, total: total, coverage: coverage)
    }
}

/// How believable the US promise to defend an ally is: the "would it trade New York for Paris" test.
///
/// `credibility = commitment × tieFactor × (1 − homelandPenalty × homelandThreat)`, where
/// - `commitment` is the scenario's US commitment (1 in the baseline),
/// - `tieFactor = 0.5 + 0.5 × tie level`: a written treaty binds more than a designation, but even an
///   informal partner gets some backing,
/// - `homelandThreat` is the largest, over the ally's nuclear-armed adversaries that can reach the US
///   capital, of the adversary's arsenal factor (Russia ≈ 1, China ≈ 0.93, North Korea ≈ 0.57, so
///   North Korea counts "partly"); adversaries that cannot reach the US add nothing.
/// The penalty is 0.7, not 1: guarantees to allies facing nuclear powers have held for decades, so the
/// doubt is large but not total.
public struct GuaranteeCredibility: Sendable, Hashable {
    /// How much a full homeland threat cuts credibility.
    public static let homelandPenalty = 0.7

    /// Credibility 0–1; nil when the tie or every adversary's nuclear status is unknown.
    public let value: Double?
    public let commitment: Double
    public let tieFactor: Double?
    /// 0–1; nil when unknown.
    public let homelandThreat: Double?
    /// The adversary behind the homeland threat, if any.
    public let worstAdversary: String?
    /// Explanation parts, in reading order.
    public let notes: [String]
    public let evidence: [String]

    init(ally: Actor, _ ctx: ScoringContext) {
        commitment = ctx.commitment
        let tie = ctx.tie(ally.id)
        tieFactor = tie.level.map { 0.5 + 0.5 * $0.normalised }
        var notes: [String] = []
        var evidence = tie.evidence.map(\.id)
        if let level = tie.level { notes.append("tie: \(level.label)") } else { notes.append("tie unknown") }

        var threat: Double?
        var worst: String?
        var unknown: [String] = []
        var reasons: [String] = []
        for adversary in ctx.adversaries(of: ally) {
            let p = ctx.posture(adversary.id)
            evidence += p.evidence
            guard let armed = p.armed, let factor = p.arsenalFactor else { unknown.append(adversary.name); continue }
            guard armed else { threat = max(threat ?? 0, 0); continue }
            let reach = ctx.us.map { p.reach(from: adversary.location, to: $0.location) } ?? .assumed(distanceKm: 0)
            let h = reach.inReach ? factor : 0
            reasons.append("\(adversary.name) → US: \(ctx.us == nil ? "assumed in reach (no US capital in data)" : reach.text)")
            if h > 0 && h > (threat ?? 0) { worst = adversary.name }
            threat = max(threat ?? 0, h)
        }
        if let threat {
            notes.append(reasons.isEmpty ? "no adversary is nuclear-armed: US homeland not at stake"
                                         : "homeland threat \(Scenario.percent(threat)) %: " + reasons.joined(separator: "; "))
        }
        if !unknown.isEmpty { notes.append("nuclear status unknown: " + unknown.joined(separator: ", ")) }
        if commitment < 1 { notes.append("US commitment \(Scenario.percent(commitment)) % (scenario)") }
        homelandThreat = threat
        worstAdversary = worst
        self.notes = notes
        self.evidence = evidence
        if let tieFactor, let threat {
            value = Normalisation.unit(commitment * tieFactor * (1 - Self.homelandPenalty * threat))
        } else {
            value = nil
        }
    }
}

/// What the data says about a claim.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
    /// The check (or all the linked evidence) agrees with the claim.
    case supported
    /// The check (or all the linked evidence) goes against the claim.
    case contradicted
    /// Part holds and part does not, or the evidence points both ways.
    case mixed
    /// The claim is an opinion or a forecast, or nothing in the data can settle it.
    case needsJudgement = "needs judgement"

    /// The verdict as shown, e.g. "needs judgement".
    public var label: String { rawValue }
}

/// How a verdict was reached.
public enum VerdictMethod: Sendable, Hashable {
    /// A named check computed it from the data (and the scoring model).
    case computed(check: String)
    /// Counted from the evidence ids the dataset links to the claim, without further computation.
    case linkedEvidence
    /// Not decidable from data: the claim is a judgement or a prediction.
    case judgement

    /// How the verdict was reached, as shown beside it.
    public var label: String {
        switch self {
        case .computed(let name): return "computed (\(name))"
        case .linkedEvidence: return "from linked evidence"
        case .judgement: return "a judgement to weigh"
        }
    }
}

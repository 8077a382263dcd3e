/// One line of a score's explanation: what went in, how it was normalised, and what it added.
public struct ComponentScore: Sendable, Hashable, Identifiable {
    /// The component key, e.g. `troops`.
    public let id: String
    /// Human name, e.g. "US troops present".
    public let name: String
    /// The input as read, with year and scenario adjustments, e.g. `55,000 personnel (2024)`.
    public let input: String
    /// Short names of the sources behind the input.
    public let sources: [String]
    /// Ids of the indicators and events the input was read from (for linking in the UI).
    public let evidence: [String]
    /// The input mapped to 0–1, or nil when the input is unknown (then the component is left out).
    public let normalised: Double?
    /// The weight set for this component (relative; the defaults sum to 100).
    public let weight: Double
    /// Points this component adds to the 0–100 total after renormalising over known components.
    public let contribution: Double
    /// The normalisation rule in one line.
    public let rule: String

    /// A line before totalling; `ScoreBreakdown` fills in `contribution`.
    public init(id: String, name: String, input: String, sources: [String] = [], evidence: [String] = [],
                normalised: Double?, weight: Double, contribution: Double = 0, rule: String = "") {
        self.id = id; self.name = name; self.input = input; self.sources = sources; self.evidence = evidence
        self.normalised = normalised; self.weight = weight; self.contribution = contribution; self.rule = rule
    }

    /// True when the input was known and the component counted.
    public var isKnown: Bool { normalised != nil }

    /// The same line with a new contribution (set when the breakdown is totalled).
    func with(contribution: Double) -> ComponentScore {
        ComponentScore(id: id, name: name, input: input, sources: sources, evidence: evidence,
                       normalised: normalised, weight: weight, contribution: contribution, rule: rule)
    }
}

/// A claim with its verdict and the evidence for and against it, side by side.
public struct ClaimVerdict: Sendable, Hashable, Identifiable {
    public let claim: Claim
    public let verdict: Verdict
    public let method: VerdictMethod
    /// One or two sentences: what was checked and what came out.
    public let reasoning: String
    /// Computed statements first, then the dataset rows the claim lists as support.
    public let supporting: [EvidenceLine]
    /// Computed statements first, then the dataset rows the claim lists against it.
    public let contradicting: [EvidenceLine]
    /// Evidence ids the claim cites that the dataset does not contain.
    public let missing: [String]

    public var id: String { claim.id }

    public init(claim: Claim, verdict: Verdict, method: VerdictMethod, reasoning: String,
                supporting: [EvidenceLine], contradicting: [EvidenceLine], missing: [String]) {
        self.claim = claim; self.verdict = verdict; self.method = method; self.reasoning = reasoning
        self.supporting = supporting; self.contradicting = contradicting; self.missing = missing
    }
}

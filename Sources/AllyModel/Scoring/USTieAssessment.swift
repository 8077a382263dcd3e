/// The outcome of classifying one ally's tie, with the indicators it came from.
public struct USTieAssessment: Sendable, Hashable {
    /// Nil when no indicator could be classified: the tie is unknown.
    public let level: USTieLevel?
    /// What was read, in order, for the explanation.
    public let reasons: [String]
    public let evidence: [Indicator]
}

/// A coarse reading of the risk score for colouring the map.
public enum RiskLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case low, medium, high
    /// No score, or less than half of the risk weight had known inputs.
    case unknown

    /// Scores below this are low.
    public static let mediumFrom = 35.0
    /// Scores at or above this are high.
    public static let highFrom = 60.0
    /// Below this coverage the level is unknown: too much of the score would be guesswork.
    public static let minimumCoverage = 0.5

    /// Level from a breakdown: `< 35` low, `35–60` medium, `≥ 60` high; unknown if coverage < 50 %.
    public init(_ risk: ScoreBreakdown) {
        guard let total = risk.total, risk.coverage >= Self.minimumCoverage else { self = .unknown; return }
        self = Self.level(for: total)
    }

    /// Level for a 0–100 score (coverage not considered).
    public static func level(for score: Double) -> RiskLevel {
        score >= highFrom ? .high : score >= mediumFrom ? .medium : .low
    }

    public static func < (a: RiskLevel, b: RiskLevel) -> Bool { a.rank < b.rank }
    private var rank: Int { switch self { case .unknown: 0; case .low: 1; case .medium: 2; case .high: 3 } }
}

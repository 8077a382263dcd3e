/// The four indices for one ally, as the map, the panes and the CLI show them.
public struct AllyScores: Sendable, Hashable, Identifiable {
    public let ally: Actor
    public let reliance: ScoreBreakdown
    public let commitment: ScoreBreakdown
    public let exposure: ScoreBreakdown
    public let risk: ScoreBreakdown

    public var id: String { ally.id }

    /// The risk level used to colour the map.
    public var riskLevel: RiskLevel { RiskLevel(risk) }

    /// The breakdown of one index.
    public func breakdown(_ kind: ScoreKind) -> ScoreBreakdown {
        switch kind {
        case .reliance: return reliance
        case .commitment: return commitment
        case .exposure: return exposure
        case .risk: return risk
        }
    }
}

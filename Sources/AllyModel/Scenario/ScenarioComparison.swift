/// Every ally's scores under the baseline and under a scenario, side by side.
public struct ScenarioComparison: Sendable {
    /// One ally's before and after.
    public struct Row: Sendable, Identifiable {
        public let baseline: AllyScores
        public let scenario: AllyScores
        public var id: String { baseline.ally.id }
        public var ally: Actor { baseline.ally }
        /// Scenario minus baseline; nil when either side is unknown.
        public var riskDelta: Double? { Self.delta(baseline.risk, scenario.risk) }
        /// Scenario minus baseline for any index.
        public func delta(_ kind: ScoreKind) -> Double? { Self.delta(baseline.breakdown(kind), scenario.breakdown(kind)) }

        static func delta(_ a: ScoreBreakdown, _ b: ScoreBreakdown) -> Double? {
            guard let x = a.total, let y = b.total else { return nil }
            return y - x
        }
    }

    public let scenario: Scenario
    public let rows: [Row]

    /// Scores every ally under the baseline and under `model.scenario`, with the same weights.
    public init(model: ScoringModel) throws {
        let before = try model.with(scenario: .baseline).allScores()
        let after = try model.allScores()
        scenario = model.scenario
        rows = zip(before, after).map { Row(baseline: $0, scenario: $1) }
    }
}

/// Computes dependency and risk for allies under a set of weights and a scenario.
///
/// A value type with no cache: build one per (dataset, weights, scenario) and ask it for scores.
/// Scoring every ally of the default dataset takes well under a millisecond.
public struct ScoringModel: Sendable {
    public let dataset: Dataset
    public var weights: ScoreWeights
    public var scenario: Scenario

    /// A model over `dataset`; defaults are the documented weights and the baseline (no what-if).
    public init(dataset: Dataset, weights: ScoreWeights = .default, scenario: Scenario = .baseline) {
        self.dataset = dataset; self.weights = weights; self.scenario = scenario
    }

    /// The dependency breakdown of an ally (by actor id).
    public func dependency(of allyID: String) throws -> ScoreBreakdown {
        try DependencyIndex.breakdown(try ally(allyID), context, weights)
    }

    /// The risk breakdown of an ally (by actor id).
    public func risk(of allyID: String) throws -> ScoreBreakdown {
        try RiskIndex.breakdown(try ally(allyID), context, weights)
    }

    /// Both scores of an ally (by actor id).
    public func scores(of allyID: String) throws -> AllyScores {
        let a = try ally(allyID)
        let ctx = context
        return AllyScores(ally: a, dependency: try DependencyIndex.breakdown(a, ctx, weights),
                          risk: try RiskIndex.breakdown(a, ctx, weights))
    }

    /// Scores of every ally, in dataset order.
    public func allScores() throws -> [AllyScores] {
        let ctx = context
        return try dataset.allies.map {
            AllyScores(ally: $0, dependency: try DependencyIndex.breakdown($0, ctx, weights),
                       risk: try RiskIndex.breakdown($0, ctx, weights))
        }
    }

    /// How believable the US guarantee to this ally is, with its parts (for claims and the detail pane).
    public func credibility(of allyID: String) throws -> GuaranteeCredibility {
        GuaranteeCredibility(ally: try ally(allyID), context)
    }

    /// The ally's nuclear posture as this scenario sees it.
    public func posture(of actorID: String) -> NuclearPosture { context.posture(actorID) }

    /// The same model under another scenario.
    public func with(scenario: Scenario) -> ScoringModel {
        ScoringModel(dataset: dataset, weights: weights, scenario: scenario)
    }

    private var context: ScoringContext { ScoringContext(dataset: dataset, scenario: scenario) }

    private func ally(_ id: String) throws -> Actor {
        guard let a = dataset.actor(id) else { throw ScoreError.unknownActor(id) }
        guard a.kind == .ally else { throw ScoreError.notAnAlly(id) }
        return a
    }
}

/// Computes the four indices for allies under a set of weights and a scenario.
///
/// A value type with no cache unless asked (`sharingInputs`): build one per (dataset, weights,
/// scenario) and ask it for scores. Scoring every ally of the default dataset takes well under a millisecond.
public struct ScoringModel: Sendable {
    public let dataset: Dataset
    public var weights: ScoreWeights
    /// Changing it drops any shared inputs: they were read under the old scenario.
    public var scenario: Scenario { didSet { inputs = nil } }
    private var inputs: InputCache?

    /// A model over `dataset`; defaults are the documented weights and the baseline (no what-if).
    public init(dataset: Dataset, weights: ScoreWeights = .default, scenario: Scenario = .baseline) {
        self.dataset = dataset; self.weights = weights; self.scenario = scenario
    }

    /// One index of an ally (by actor id).
    public func breakdown(_ kind: ScoreKind, of allyID: String) throws -> ScoreBreakdown {
        try scores(of: allyID).breakdown(kind)
    }

    public func reliance(of allyID: String) throws -> ScoreBreakdown {
        try RelianceIndex.breakdown(try ally(allyID), context, weights)
    }

    public func commitment(of allyID: String) throws -> ScoreBreakdown {
        try CommitmentIndex.breakdown(try ally(allyID), context, weights)
    }

    public func exposure(of allyID: String) throws -> ScoreBreakdown {
        try ExposureIndex.breakdown(try ally(allyID), context, weights)
    }

    public func risk(of allyID: String) throws -> ScoreBreakdown { try scores(of: allyID).risk }

    /// All four scores of an ally (by actor id).
    public func scores(of allyID: String) throws -> AllyScores { try scores(try ally(allyID), context) }

    /// Scores of every ally, in dataset order.
    public func allScores() throws -> [AllyScores] {
        let ctx = context
        return try dataset.allies.map { try scores($0, ctx) }
    }

    private func scores(_ a: Actor, _ ctx: ScoringContext) throws -> AllyScores {
        let r = try RelianceIndex.breakdown(a, ctx, weights)
        let c = try CommitmentIndex.breakdown(a, ctx, weights)
        let e = try ExposureIndex.breakdown(a, ctx, weights)
        return AllyScores(ally: a, reliance: r, commitment: c, exposure: e,
                          risk: RiskIndex.breakdown(a, exposure: e, reliance: r, commitment: c, ctx))
    }

    /// The ally's nuclear posture as this scenario sees it.
    public func posture(of actorID: String) -> NuclearPosture { context.posture(actorID) }

    /// The same model under another scenario.
    public func with(scenario: Scenario) -> ScoringModel {
        ScoringModel(dataset: dataset, weights: weights, scenario: scenario)
    }

    /// The same model with other weights; it shares this model's inputs, if it keeps any.
    public func with(weights: ScoreWeights) -> ScoringModel {
        var m = self
        m.weights = weights
        return m
    }

    /// The same model, keeping the inputs it reads for every model made from it with
    /// `with(weights:)`: for searches that re-score under many weights (inputs never depend on them).
    public func sharingInputs() -> ScoringModel {
        var m = self
        m.inputs = InputCache()
        return m
    }

    /// The indices weighted so far by models sharing this one's inputs (empty when it shares none).
    var indicesScored: Set<ScoreKind> { inputs?.kindsScored ?? [] }

    private var context: ScoringContext { ScoringContext(dataset: dataset, scenario: scenario, inputs: inputs) }

    private func ally(_ id: String) throws -> Actor {
        guard let a = dataset.actor(id) else { throw ScoreError.unknownActor(id) }
        guard a.kind == .ally else { throw ScoreError.notAnAlly(id) }
        return a
    }
}

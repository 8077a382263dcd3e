/// A component of one of the weighted indices: its fixed description and its place in the index.
protocol IndexComponent: CaseIterable, RawRepresentable where RawValue == String {
    var descriptor: ScoreComponent { get }
}

extension RelianceComponent: IndexComponent {}
extension CommitmentComponent: IndexComponent {}
extension ExposureComponent: IndexComponent {}

extension ScoreBreakdown {
    /// A weighted index: every component of `C` read by `read` (or taken from the context's
    /// cache of inputs, when it has one) and weighted by `weights`.
    static func weighted<C: IndexComponent>(_ kind: ScoreKind, _ type: C.Type, _ weights: ScoreWeights, of ally: Actor,
                                           _ ctx: ScoringContext, _ read: (C) -> ComponentInput) throws -> ScoreBreakdown {
        let inputs = ctx.inputs?.inputs(kind, ally.id) { C.allCases.map(read) } ?? C.allCases.map(read)
        let parts = zip(C.allCases, inputs).map { c, input in input.score(c.descriptor, weight: weights.weight(kind, c.rawValue)) }
        return try ScoreBreakdown(kind: kind, components: parts)
    }
}

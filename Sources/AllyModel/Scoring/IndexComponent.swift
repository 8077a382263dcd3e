/// A component of one of the weighted indices: its fixed description and its place in the index.
protocol IndexComponent: CaseIterable, RawRepresentable where RawValue == String {
    var descriptor: ScoreComponent { get }
}

extension RelianceComponent: IndexComponent {}
extension CommitmentComponent: IndexComponent {}
extension ExposureComponent: IndexComponent {}

extension ScoreBreakdown {
    /// A weighted index: every component of `C` read by `read` and weighted by `weights`.
    static func weighted<C: IndexComponent>(_ kind: ScoreKind, _ type: C.Type, _ weights: ScoreWeights,
                                           _ read: (C) -> ComponentInput) throws -> ScoreBreakdown {
        let parts = C.allCases.map { c in read(c).score(c.descriptor, weight: weights.weight(kind, c.rawValue)) }
        return try ScoreBreakdown(kind: kind, components: parts)
    }
}

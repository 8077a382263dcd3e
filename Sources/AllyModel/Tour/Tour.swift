/// The article walked paragraph by paragraph: each step's claims with their verdicts, evidence and sturdiness.
public struct Tour: Sendable, Hashable {
    /// In paragraph order, one per row of the dataset's tour (empty when it brings none).
    public let steps: [TourStep]

    public init(steps: [TourStep]) { self.steps = steps }

    /// Builds every step under `model`: verdicts with its weights and scenario, sturdiness from there.
    public init(model: ScoringModel, checks: [String: ClaimCheck] = ClaimChecks.registry,
                presets: [Scenario] = ScenarioPresets.bySize) {
        let claims = Dictionary(model.dataset.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let plans = model.dataset.tour
        let ordered = plans.flatMap { $0.claims.compactMap { claims[$0] } }
        // Sturdiness searches dominate `tour --print`; claims alternate between two threads so
        // each gets a share of the costly computed ones.
        let assess = { @Sendable (parity: Int) -> [TourClaim] in
            stride(from: parity, to: ordered.count, by: 2).map { TourClaim(ordered[$0], model: model, checks: checks, presets: presets) }
        }
        let (even, odd) = (try? Parallel.both({ assess(0) }, { assess(1) })) ?? (assess(0), assess(1))
        var merged: [TourClaim] = []
        merged.reserveCapacity(ordered.count)
        for i in ordered.indices { merged.append(i % 2 == 0 ? even[i / 2] : odd[i / 2]) }
        var done = merged[...]
        steps = plans.map { plan in
            let count = plan.claims.filter { claims[$0] != nil }.count
            defer { done = done.dropFirst(count) }
            return TourStep(plan: plan, claims: Array(done.prefix(count)))
        }
    }

    /// Position in `steps` of paragraph `n`, if the tour has it.
    public func index(ofParagraph n: Int) -> Int? { steps.firstIndex { $0.paragraph == n } }

    /// The step for paragraph `n`, if the tour has it.
    public func step(paragraph n: Int) -> TourStep? { index(ofParagraph: n).map { steps[$0] } }
}

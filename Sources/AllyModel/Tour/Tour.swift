/// The article walked paragraph by paragraph: each step's claims with their verdicts, evidence and sturdiness.
public struct Tour: Sendable, Hashable {
    /// In paragraph order, one per row of the dataset's tour (empty when it brings none).
    public let steps: [TourStep]

    public init(steps: [TourStep]) { self.steps = steps }

    /// Builds every step under `model`: verdicts with its weights and scenario, sturdiness from there.
    public init(model: ScoringModel, checks: [String: ClaimCheck] = ClaimChecks.registry,
                presets: [Scenario] = ScenarioPresets.bySize) {
        let claims = Dictionary(model.dataset.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        steps = model.dataset.tour.map { plan in
            TourStep(plan: plan, claims: plan.claims.compactMap { claims[$0] }.map {
                TourClaim($0, model: model, checks: checks, presets: presets)
            })
        }
    }

    /// Position in `steps` of paragraph `n`, if the tour has it.
    public func index(ofParagraph n: Int) -> Int? { steps.firstIndex { $0.paragraph == n } }

    /// The step for paragraph `n`, if the tour has it.
    public func step(paragraph n: Int) -> TourStep? { index(ofParagraph: n).map { steps[$0] } }
}

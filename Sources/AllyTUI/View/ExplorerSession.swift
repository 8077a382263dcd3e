import AllyModel

/// The explorer without a terminal: the state, its derived data and the loop's cycle (update,
/// view, measurements back), for tests, the benchmark and `allymap render`.
@dynamicMemberLookup
public struct ExplorerSession: Sendable {
    public var state: AppState
    /// Rebuilt when a command changes the weights (`Effect.reweigh`), as the explorer's glue does.
    public private(set) var derived: Derived

    public init(dataset: Dataset, weights: ScoreWeights = .default, scenarios: [Scenario] = [.baseline],
                region: Region = .middleEast, screen: Size = Size(width: 120, height: 40), unicode: Bool = true) {
        state = AppState(dataset: dataset, scenarios: scenarios, region: region, screen: screen, unicode: unicode)
        state.weights = weights
        derived = Derived(dataset: dataset, weights: weights, scenarios: scenarios)
        send(.resize(screen))
    }

    public subscript<T>(dynamicMember path: WritableKeyPath<AppState, T>) -> T {
        get { state[keyPath: path] }
        set { state[keyPath: path] = newValue }
    }

    public subscript<T>(dynamicMember path: KeyPath<AppState, T>) -> T { state[keyPath: path] }

    /// Scores and verdicts under the current scenario.
    public var assessment: Assessment { derived.assessment(state.scenarioIndex) }

    /// Applies an event, then draws and feeds the frame's measurements back, as the loop does.
    @discardableResult
    public mutating func send(_ event: Event) -> [Effect] {
        let effects = reduce(&state, event, derived)
        for case .reweigh(let weights) in effects {
            derived = Derived(dataset: state.dataset, weights: weights, scenarios: state.scenarios)
        }
        if let measured = frame().measurements { reduce(&state, .measured(measured), derived) }
        return effects
    }

    public func frame() -> Frame { ExplorerView(state, derived).frame() }
    public func render() -> Buffer { frame().buffer }
}

import AllyModel

/// What the view reads: the state's values and the data derived from them.
///
/// Content builders take this instead of `AppState` so they can read scores and cached text
/// without the state holding either; `state.region`-style reads pass straight through.
@dynamicMemberLookup
public struct ViewState: Sendable {
    public let state: AppState
    public let derived: Derived

    public init(_ state: AppState, _ derived: Derived) { (self.state, self.derived) = (state, derived) }

    public subscript<T>(dynamicMember path: KeyPath<AppState, T>) -> T { state[keyPath: path] }

    /// Scores and verdicts under the state's scenario.
    public var assessment: Assessment { derived.assessment(state.scenarioIndex) }
}

/// The what-if picker's state: which scenario is highlighted, and the view to go back to.
public struct ScenarioPicker: Sendable, Equatable {
    /// The highlighted entry of `AppState.scenarios`.
    public var index: Int
    /// The view the picker was opened over (the map, the detail or a compare); Enter and Esc return to it.
    public var over: Mode

    public init(index: Int, over: Mode) { (self.index, self.over) = (index, over) }
}

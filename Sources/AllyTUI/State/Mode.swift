/// What the explorer is doing on top of the normal map-and-panes screen.
public enum Mode: Sendable, Equatable {
    case normal
    /// The `?` overlay listing every key.
    case help
    /// Typing a query: `/` to jump to an actor, or `c` to pick one to compare with.
    case search(SearchState)
    /// Everything about the selected ally, full screen (Enter).
    case detail
    /// Two allies side by side (`c`, then a name).
    case compare(otherID: String)
    /// Typing the ally table's filter (`/` in the table); Esc puts back the `previous` one.
    case tableFilter(previous: String)
}

/// The text being typed in a search prompt and what it matches so far.
public struct SearchState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case jump, compare }

    public var purpose: Purpose
    public var query: String = ""
    /// Actor ids matching `query`, best first.
    public var matches = SearchMatches()
    /// Which match Enter will take.
    public var index: Int = 0

    public init(purpose: Purpose) { self.purpose = purpose }

    public var current: String? { matches.indices.contains(index) ? matches[index] : nil }
}

extension Mode {
    /// Which part of the key table applies.
    public var keyContext: KeyContext {
        switch self {
        case .normal: return .normal
        case .help: return .help
        case .search, .tableFilter: return .prompt
        case .detail: return .detail
        case .compare: return .compare
        }
    }
}

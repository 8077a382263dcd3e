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
    /// The article's claims grouped by verdict (`C`); where it stands is `AppState.claimsBoard`.
    case claims
    /// The guided tour of the article (`T`): a card per paragraph, the map following.
    case tour
    /// The list of what-if scenarios (`s`), over the view it was opened from.
    indirect case scenarioPicker(ScenarioPicker)
    /// One figure in full (`i`): value, source, page, confidence, note, how it feeds the scores.
    indirect case inspect(InspectState)
}

/// The text being typed in a search prompt and what it matches so far.
public struct SearchState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case jump
        /// The ally to compare the selected one with.
        case compare
        /// `c` with no ally selected: the first ally of the pair, then `compare` asks for the second.
        case compareFirst
    }

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
        case .claims: return .claims
        case .tour: return .tour
        case .scenarioPicker: return .picker
        case .inspect: return .inspect
        }
    }
}

import AllyModel

/// What a key asks the explorer to do; `KeyMap` turns keys into actions.
public enum Action: Sendable, Equatable {
    case quit
    case showRegion(Region)
    case focusNext, focusPrevious
    case move(Direction)
    case page(Int)
    case scrollToTop, scrollToEnd
    case openDetail
    case back
    case startSearch
    case startCompare
    case nextMatch, previousMatch
    case toggleHelp
    case nextScenario
}

/// A direction on the map.
public enum Direction: Sendable, Equatable, CaseIterable {
    case up, down, left, right
}

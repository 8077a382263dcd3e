import AllyModel

/// What a key asks the explorer to do; `KeyTable` turns keys into actions, mode by mode.
public enum Action: Sendable, Equatable {
    case quit
    case showRegion(Region)
    case focusNext, focusPrevious
    case move(Direction)
    /// Scroll the focused text (pane, detail or help) by lines, or by pages.
    case scroll(Int)
    case page(Int)
    case scrollToTop, scrollToEnd
    case openDetail
    /// Esc: close what is open, or return focus to the map.
    case back
    case startSearch
    case startCompare
    case nextMatch, previousMatch
    case toggleHelp
    case nextScenario
    case copyCitation
    // Typing in a prompt (search, compare).
    case acceptPrompt
    case deleteBackward
    case nextChoice, previousChoice
}

/// A direction on the map.
public enum Direction: Sendable, Equatable, CaseIterable {
    case up, down, left, right
}

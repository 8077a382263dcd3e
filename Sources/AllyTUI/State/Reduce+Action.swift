import AllyModel

/// What a key asks the explorer to do; `KeyTable` turns keys into actions, mode by mode, and
/// `apply` below does them. A new key with a new action touches this file and `KeyTable.swift`.
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
    /// `t`: the ally table in place of the map, or back.
    case toggleTable
    /// A key of the ally table (`Reduce+Table.swift`).
    case table(TableAction)
    /// `Y`: the ally table as Markdown on the clipboard.
    case copyTable
    // Typing in a prompt (search, compare).
    case acceptPrompt
    case deleteBackward
    case nextChoice, previousChoice
}

/// A direction on the map.
public enum Direction: Sendable, Equatable, CaseIterable {
    case up, down, left, right
}

extension AppState {
    /// Performs an action in the current mode.
    public mutating func apply(_ action: Action, _ derived: Derived) -> [Effect] {
        if mode == .normal { status = nil }
        switch action {
        case .quit:
            return [.quit]
        case .showRegion(let r):
            mode = .normal
            show(region: r)
        case .focusNext:
            cycleFocus(by: 1)
        case .focusPrevious:
            cycleFocus(by: -1)
        case .move(let direction):
            move(direction, derived)
        case .scroll(let n):
            scrollText(by: n)
        case .page(let n):
            scrollText(by: n * pageSize)
        case .scrollToTop:
            scrollText(to: 0)
        case .scrollToEnd:
            scrollText(to: Int.max)
        case .openDetail:
            if selected != nil { mode = .detail; detailScroll = 0 }
        case .back:
            if mode == .normal { focus = .map } else { mode = .normal }
        case .startSearch:
            mode = .search(SearchState(purpose: .jump))
        case .startCompare:
            if let ally = selected, ally.kind == .ally {
                mode = .search(SearchState(purpose: .compare))
            } else {
                status = "select an ally first, then press c to compare it"
            }
        case .nextMatch, .previousMatch:
            stepMatch(action == .nextMatch ? 1 : -1, derived)
        case .toggleHelp:
            mode = .help
            helpScroll = 0
        case .nextScenario:
            scenarioIndex = (scenarioIndex + 1) % scenarios.count
            status = "scenario: \(scenario.name)"
        case .copyCitation:
            guard let text = Citation.text(for: ViewState(self, derived)) else {
                status = "nothing to copy: select an ally first"
                return []
            }
            status = "copied: \(text.prefix(while: { $0 != "\n" }))"
            return [.copy(text)]
        case .toggleTable:
            toggleTable(derived)
        case .table(let tableAction):
            apply(tableAction, derived)
        case .copyTable:
            return copyTable(derived)
        case .acceptPrompt, .deleteBackward, .nextChoice, .previousChoice:
            break // prompt keys, handled in `handlePromptKey`
        }
        return []
    }
}

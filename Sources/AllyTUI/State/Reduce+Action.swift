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
    /// `s`: open the list of what-if scenarios.
    case pickScenario
    /// `S`: back to the baseline (the data as it is).
    case baselineScenario
    case copyCitation
    /// `i`: the inspect overlay on the selected actor's figures.
    case inspect
    /// `y` in the inspect overlay: the highlighted figure as a citation.
    case copyFigure
    /// `t`: the ally table in place of the map, or back.
    case toggleTable
    /// A key of the ally table (`Reduce+Table.swift`).
    case table(TableAction)
    /// `Y`: the ally table as Markdown on the clipboard.
    case copyTable
    /// `C`: open the claims board where it was left, or close it.
    case toggleClaimsBoard
    /// `L`: show or hide the legend strip under the map.
    case toggleLegend
    /// Show only claims with this verdict (nil: every verdict; the same one again: every verdict).
    case filterClaims(Verdict?)
    /// Step through the board's scopes: the selection, the region, all regions.
    case claimScope(Int)
    /// Enter in a list with a cursor: open what is under it.
    case choose
    // The tour
    case startTour, leaveTour, tourEvidence
    case tourStep(Int), tourCursor(Int), tourParagraph(Int)
    // Typing in a prompt (search, compare) and choosing in the picker.
    case acceptPrompt
    case deleteBackward
    case nextChoice, previousChoice
    // The command line
    /// `:`: open the command line over the view.
    case startCommand
    /// `'`: the next letter names a mark to go to.
    case startMarkJump
    /// Tab / Shift-Tab: complete the word, then cycle through the candidates.
    case complete(Int)
    /// ↑ / ↓: older / newer history entries starting with what was typed.
    case recall(Int)
    /// Move the cursor by characters (Int.min / Int.max: to the start / end).
    case moveCursor(Int)
    case deleteForward, deleteWord, clearLine
}

/// A direction on the map.
public enum Direction: Sendable, Equatable, CaseIterable {
    case up, down, left, right
}

extension AppState {
    /// Performs an action in the current mode.
    public mutating func apply(_ action: Action, _ derived: Derived) -> [Effect] {
        if mode == .normal || mode == .claims || mode.keyContext == .compare { status = nil }
        switch action {
        case .quit:
            return [.quit]
        case .showRegion(let r):
            if mode == .claims { claimsBoard.evidence = nil } else { mode = .normal }
            show(region: r)
        case .focusNext:
            cycleFocus(by: 1)
        case .focusPrevious:
            cycleFocus(by: -1)
        case .move(let direction):
            move(direction, derived)
        case .scroll(let n) where mode == .claims:
            moveClaimCursor(by: n, derived)
        case .page(let n) where mode == .claims:
            moveClaimCursor(pages: n, derived)
        case .scrollToTop where mode == .claims, .scrollToEnd where mode == .claims:
            moveClaimCursor(by: action == .scrollToTop ? Int.min / 2 : Int.max / 2, derived)
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
            if mode == .claims, claimsBoard.evidence != nil {
                claimsBoard.evidence = nil
            } else if mode == .normal {
                focus = .map
            } else {
                mode = .normal
            }
        case .startSearch:
            mode = .search(SearchState(purpose: .jump))
        case .startCompare:
            // With no ally selected the prompt still opens (for the first ally of the pair), so
            // the name typed next is a name, never a string of commands.
            mode = .search(SearchState(purpose: selected?.kind == .ally ? .compare : .compareFirst))
        case .nextMatch, .previousMatch:
            stepMatch(action == .nextMatch ? 1 : -1, derived)
        case .toggleHelp:
            mode = .help
            helpScroll = 0
        case .pickScenario:
            mode = .scenarioPicker(ScenarioPicker(index: scenarioIndex, over: mode))
            status = nil
        case .baselineScenario:
            applyScenario(0)
        case .copyCitation:
            guard let text = Citation.text(for: ViewState(self, derived)) else {
                status = "nothing to copy: select an ally first"
                return []
            }
            status = "copied: \(text.prefix(while: { $0 != "\n" }))"
            return [.copy(text)]
        case .inspect:
            openInspect(derived)
        case .copyFigure:
            break // the overlay's key, handled in `handleInspectKey`
        case .toggleTable:
            toggleTable(derived)
        case .toggleLegend:
            legend.toggle()
        case .table(let tableAction):
            apply(tableAction, derived)
        case .copyTable:
            return copyTable(derived)
        case .toggleClaimsBoard:
            toggleClaimsBoard(derived)
        case .filterClaims(let verdict):
            filterClaims(verdict)
        case .claimScope(let step):
            stepClaimScope(by: step)
        case .choose:
            return chooseInClaimsBoard(derived)
        case .startTour:
            startTour(derived)
        case .leaveTour:
            mode = .normal
        case .tourStep(let n):
            moveTour(to: (tour?.step ?? 0) + n)
        case .tourParagraph(let n):
            if let i = dataset.tour.firstIndex(where: { $0.paragraph == n }) { moveTour(to: i) } else { status = "the tour has no ¶\(n)" }
        case .tourCursor(let n):
            moveTourCursor(by: n, derived)
        case .tourEvidence:
            toggleTourEvidence()
        case .startCommand:
            mode = .command(CommandLineState(over: mode))
        case .startMarkJump:
            mode = .markJump
        case .acceptPrompt, .deleteBackward, .nextChoice, .previousChoice:
            break // prompt keys, handled in `handlePromptKey`
        case .complete, .recall, .moveCursor, .deleteForward, .deleteWord, .clearLine:
            break // command line keys, handled in `handleCommandKey`
        }
        return []
    }
}

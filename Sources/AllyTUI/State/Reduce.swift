import AllyModel

/// Something the outside world must do after a state change; `reduce` never performs effects.
public enum Effect: Sendable, Equatable {
    case quit
}

/// Applies one event to the state. Pure: same state and event, same result.
@discardableResult
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .resize(let size):
        state.screen = size
        state.clampScrolls()
        return []
    case .tick:
        // Idle time: fold the names for search now rather than on the first keystroke.
        state.searchIndex.prepare(for: state.dataset)
        return []
    case .mouse(let mouse):
        state.handle(mouse)
        return []
    case .key(let key):
        return state.handle(key)
    }
}

extension AppState {
    mutating func handle(_ key: Key) -> [Effect] {
        if key == .ctrl("c") { return [.quit] }
        // The "too small" screen hides every mode and says "q to quit": a prompt or overlay
        // the user cannot see must not swallow the q (issue 19).
        if key == .char("q"), layout.kind == .tooSmall { return [.quit] }
        switch mode {
        case .help:
            // Scrolling keys scroll a help screen taller than the terminal; any other key closes
            // it (q included: it closes help first, as in htop).
            switch key {
            case .down, .char("j"): helpScroll += 1
            case .up, .char("k"): helpScroll -= 1
            case .pageDown, .char(" "): helpScroll += max(1, screen.height - 6)
            case .pageUp: helpScroll -= max(1, screen.height - 6)
            default: mode = .normal
            }
            helpScroll = max(0, min(helpScroll, HelpOverlay.lines(unicode: unicode).count - HelpOverlay.visibleRows(screen: screen)))
            return []
        case .search(var search):
            handleSearchKey(key, &search)
            return []
        case .detail:
            return handleDetailKey(key)
        case .compare:
            if key == .escape || key == .enter { mode = .normal; return [] }
            if key == .char("c") { return apply(.startCompare) }
            if key == .char("q") { return [.quit] }
            if key == .char("?") { mode = .help; return [] }
            return []
        case .normal:
            guard let action = KeyMap.action(for: key) else { return [] }
            return apply(action)
        }
    }

    /// Performs an action in normal mode.
    public mutating func apply(_ action: Action) -> [Effect] {
        status = nil
        switch action {
        case .quit:
            return [.quit]
        case .showRegion(let r):
            show(region: r)
        case .focusNext:
            cycleFocus(by: 1)
        case .focusPrevious:
            cycleFocus(by: -1)
        case .move(let direction):
            move(direction)
        case .page(let n):
            scrollFocused(by: n * max(1, focusedPaneHeight - 1))
        case .scrollToTop:
            if let pane = scrollablePane { scroll[pane] = 0 }
        case .scrollToEnd:
            if let pane = scrollablePane { scroll[pane] = Int.max; clampScrolls() }
        case .openDetail:
            if selected != nil { mode = .detail; detailScroll = 0 }
        case .back:
            if focus != .map { focus = .map }
        case .startSearch:
            mode = .search(SearchState(purpose: .jump))
        case .startCompare:
            if let ally = selected, ally.kind == .ally {
                mode = .search(SearchState(purpose: .compare))
            } else {
                status = "select an ally first, then press c to compare it"
            }
        case .nextMatch, .previousMatch:
            stepMatch(action == .nextMatch ? 1 : -1)
        case .toggleHelp:
            mode = .help
            helpScroll = 0
        case .nextScenario:
            assessment.cycleScenario()
            status = "scenario: \(assessment.scenarioName)"
        }
        return []
    }

    // MARK: - Regions and selection

    mutating func show(region r: Region) {
        if let id = selectedID { selectionByRegion[region] = id }
        region = r
        let remembered = selectionByRegion[r].flatMap { dataset.actor($0) }
        if let remembered, r == .world || remembered.region == r {
            selectedID = remembered.id
        } else if let current = selected, current.kind == .ally, current.region == r || r == .world {
            selectedID = current.id
        } else {
            selectedID = defaultSelection(in: r)
        }
        resetScrolls()
    }

    /// Selects an actor, switching to its region if it is not on the current map.
    public mutating func select(_ id: String) {
        guard let actor = dataset.actor(id) else { return }
        if region != .world && actor.region != region && actor.region != .world {
            if let current = selectedID { selectionByRegion[region] = current }
            region = actor.region
        }
        selectedID = id
        resetScrolls()
    }

    mutating func move(_ direction: Direction) {
        if focus == .map {
            if let next = SpatialNavigation.next(from: selected, direction: direction, among: navigableAllies) {
                selectedID = next.id
                resetScrolls()
            } else if selected == nil {
                selectedID = defaultSelection(in: region)
            }
            return
        }
        switch direction {
        case .up: scrollFocused(by: -1)
        case .down: scrollFocused(by: 1)
        case .left, .right:
            // In tabbed layouts left/right flip between the pane tabs.
            if layout.tabbedPane != nil { cycleFocus(by: direction == .right ? 1 : -1, skipMap: true) }
        }
    }

    // MARK: - Focus and scrolling

    mutating func cycleFocus(by step: Int, skipMap: Bool = false) {
        let order: [PaneID] = skipMap ? PaneID.textPanes : PaneID.allCases
        let index = order.firstIndex(of: focus) ?? (step > 0 ? -1 : order.count)
        focus = order[((index + step) % order.count + order.count) % order.count]
        if focus != .map { tabbedPane = focus }
    }

    /// The pane scrolling keys act on: the focused text pane, or in tabbed layouts the visible one.
    var scrollablePane: PaneID? {
        if focus != .map { return focus }
        return layout.tabbedPane != nil ? tabbedPane : nil
    }

    var focusedPaneHeight: Int {
        guard let pane = scrollablePane, let frame = layout.frame(of: pane, current: currentTextPane) else { return 1 }
        return PaneFrame.contentArea(of: frame, tabbed: layout.tabbedPane != nil).height
    }

    mutating func scrollFocused(by n: Int) {
        guard let pane = scrollablePane else { return }
        scroll(pane, by: n)
    }

    mutating func scroll(_ pane: PaneID, by n: Int) {
        let current = scrollOffset(pane)
        scroll[pane] = n > 0 && current > Int.max - n ? Int.max : max(0, current + n)
        clampScrolls()
    }

    mutating func resetScrolls() {
        scroll = [:]
        detailScroll = 0
    }

    /// Keeps every scroll offset within its pane's content.
    mutating func clampScrolls() {
        for pane in PaneID.textPanes {
            guard let offset = scroll[pane] else { continue }
            guard let frame = layout.frame(of: pane, current: pane) else { continue }
            let area = PaneFrame.contentArea(of: frame, tabbed: layout.tabbedPane != nil)
            let lines = PaneContent.lines(for: pane, state: self, width: area.width).count
            scroll[pane] = max(0, min(offset, lines - area.height))
        }
        if detailScroll > 0 {
            let detailLines = DetailView.lines(state: self, width: max(20, screen.width - 4)).count
            detailScroll = max(0, min(detailScroll, detailLines - max(1, screen.height - 4)))
        }
    }

    // MARK: - Detail overlay

    mutating func handleDetailKey(_ key: Key) -> [Effect] {
        let page = max(1, screen.height - 5)
        switch key {
        case .escape, .enter, .backspace: mode = .normal
        case .char("q"): return [.quit]
        case .down, .char("j"): detailScroll += 1
        case .up, .char("k"): detailScroll = max(0, detailScroll - 1)
        case .pageDown, .char(" "): detailScroll += page
        case .pageUp: detailScroll = max(0, detailScroll - page)
        case .home, .char("g"): detailScroll = 0
        case .end, .char("G"): detailScroll = Int.max / 2
        case .char("?"): mode = .help
        default:
            if let action = KeyMap.action(for: key), case .showRegion = action {
                mode = .normal
                return apply(action)
            }
        }
        clampScrolls()
        return []
    }

    // MARK: - Search

    mutating func handleSearchKey(_ key: Key, _ search: inout SearchState) {
        switch key {
        case .escape:
            mode = .normal
            return
        case .enter:
            mode = .normal
            guard let id = search.current else {
                status = search.query.isEmpty ? nil : "no actor matches \"\(search.query)\""
                return
            }
            switch search.purpose {
            case .jump:
                lastSearch = search
                select(id)
                status = search.matches.count > 1 ? "match \(search.index + 1) of \(search.matches.count) — n/N for the others" : nil
            case .compare:
                if id == selectedID {
                    status = "pick a different ally to compare with"
                } else {
                    mode = .compare(otherID: id)
                }
            }
            return
        case .backspace, .delete:
            if search.query.isEmpty { mode = .normal; return }
            search.query.removeLast()
        case .down, .tab:
            if !search.matches.isEmpty { search.index = (search.index + 1) % search.matches.count }
        case .up, .backTab:
            if !search.matches.isEmpty { search.index = (search.index - 1 + search.matches.count) % search.matches.count }
        case .char(let c):
            guard search.query.count < 40 else { break }
            search.query.append(c)
        default:
            break
        }
        if case .char = key { search.index = 0 }
        if key == .backspace || key == .delete { search.index = 0 }
        let kinds: Set<ActorKind> = search.purpose == .compare ? [.ally] : Set(ActorKind.allCases)
        search.matches = searchIndex.search(search.query, kinds: kinds, in: dataset)
        if search.index >= search.matches.count { search.index = 0 }
        mode = .search(search)
    }

    mutating func stepMatch(_ step: Int) {
        guard var search = lastSearch, !search.matches.isEmpty else {
            status = "no search yet: press / to search"
            return
        }
        search.index = (search.index + step + search.matches.count) % search.matches.count
        lastSearch = search
        if let id = search.current { select(id) }
        status = "match \(search.index + 1) of \(search.matches.count)"
    }
}

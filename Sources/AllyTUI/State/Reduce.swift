import AllyModel

/// Applies one event to the state; returns what the loop must do (quit, copy).
///
/// Reads the derived data (scores, allies' places, the search index) but never draws: sizes of
/// wrapped text and click targets come from the last frame, as `Event.measured`.
@discardableResult
public func reduce(_ state: inout AppState, _ event: Event, _ derived: Derived) -> [Effect] {
    switch event {
    case .resize(let size):
        state.screen = size
        // Every extent was measured at the old size; the next frame measures again.
        state.measured = Measurements()
        return []
    case .measured(let measurements):
        state.measured = measurements
        // The view moved the card to keep the evidence cursor in sight: remember where it is.
        if let drawn = measurements.drawnOffsets[.tour] { state.tour?.scroll = drawn }
        state.clampScrolls()
        state.revealTableSelection(derived)
        // The board's view moved its list to keep the cursor in sight; the next frame starts there.
        if let list = measurements.lists[.claimsBoard] { state.claimsBoard.offset = list.offset }
        return []
    case .refresh:
        return [] // nothing changes in the state; the derived data it reads did
    case .mouse(let mouse):
        state.handle(mouse, derived)
        return []
    case .key(let key):
        return state.handle(key, derived)
    }
}

extension AppState {
    mutating func handle(_ key: Key, _ derived: Derived) -> [Effect] {
        // The "too small" screen hides every mode and says "q to quit": a prompt or overlay
        // the user cannot see must not swallow the q (issue 19).
        if key == .char("q"), layout.kind == .tooSmall { return [.quit] }
        if case .search(var search) = mode {
            handlePromptKey(key, &search, derived)
            return []
        }
        if case .tableFilter(let previous) = mode {
            handleFilterKey(key, previous: previous, derived)
            return []
        }
        if case .scenarioPicker(let picker) = mode {
            return handlePickerKey(key, picker)
        }
        if case .inspect(let inspect) = mode {
            return handleInspectKey(key, inspect, derived)
        }
        // In help every key without a binding closes it (q too, as in htop).
        let fallback: Action? = mode == .help ? .back : nil
        guard let action = KeyTable.action(for: key, in: keyContext) ?? fallback else { return [] }
        return apply(action, derived)
    }

    // MARK: - Regions and selection

    mutating func show(region r: Region) {
        if let id = selectedID { selectionByRegion[region] = id }
        region = r
        // A new map is for looking at: arrows move on it, not in whatever pane had focus.
        focus = .map
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
            focus = .map
        }
        selectedID = id
        resetScrolls()
    }

    mutating func move(_ direction: Direction, _ derived: Derived) {
        if focus == .map {
            let next: String?
            if let id = selectedID, let graph = derived.navigation(in: region), graph.contains(id) {
                next = graph.next(from: id, direction)
            } else {
                next = SpatialNavigation.next(from: selected, direction: direction, among: derived.navigableAllies(in: region))?.id
            }
            if let next {
                selectedID = next
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

    mutating func stepMatch(_ step: Int, _ derived: Derived) {
        guard var search = lastSearch, !search.matches.isEmpty else {
            status = "no search yet: press / to search"
            return
        }
        search.index = (search.index + step + search.matches.count) % search.matches.count
        lastSearch = search
        if let id = search.current { select(id) }
        status = "match \(search.index + 1) of \(search.matches.count)"
    }

    // MARK: - Focus

    mutating func cycleFocus(by step: Int, skipMap: Bool = false) {
        let order: [PaneID] = skipMap ? PaneID.textPanes : PaneID.allCases
        let index = order.firstIndex(of: focus) ?? (step > 0 ? -1 : order.count)
        focus = order[((index + step) % order.count + order.count) % order.count]
        if focus != .map { tabbedPane = focus }
    }
}

import AllyModel

extension AppState {
    /// Clicks select allies and switch regions and panes; the wheel scrolls the text under it.
    /// Where things are comes from the last frame (`measured.hits`).
    mutating func handle(_ mouse: MouseEvent, _ derived: Derived) {
        guard layout.kind != .tooSmall else { return }
        switch mouse.kind {
        case .release:
            return
        case .wheelUp, .wheelDown:
            let step = mouse.kind == .wheelUp ? -3 : 3
            if mode == .detail { scroll(.detail, by: step); return }
            if mode == .claims { return } // the board moves its cursor with keys; the wheel is not a cursor
            if mode.keyContext == .compare { scroll(.compare, by: step); return }
            if case .scenarioPicker(var picker) = mode {
                picker.index = min(scenarios.count - 1, max(0, picker.index + step.signum()))
                mode = .scenarioPicker(picker)
                return
            }
            if case .inspect = mode { scroll(.inspect, by: step); return }
            if mode == .normal, mainView == .table, isTable(measured.target(x: mouse.x, y: mouse.y)) {
                // As in htop: the wheel moves the cursor, so the selection stays on screen.
                return moveTableCursor(by: step, derived)
            }
            if let pane = pane(at: mouse.x, mouse.y) { scroll(.pane(pane), by: step) }
        case .press:
            // A click outside an open view closes it (a picker returns to the view under it).
            if case .scenarioPicker(let picker) = mode { mode = picker.over; return }
            if case .inspect(let inspect) = mode {
                // Inside the box a click does nothing (it is for selecting text); outside, it closes.
                if measured.target(x: mouse.x, y: mouse.y) != .inert { mode = inspect.over }
                return
            }
            if mode != .normal { mode = .normal; return }
            switch measured.target(x: mouse.x, y: mouse.y) {
            case .regionTab(let r)?:
                show(region: r)
            case .actor(let id)?:
                focus = .map
                guard let actor = dataset.actor(id) else { return }
                if actor.kind == .ally {
                    selectedID = id
                    resetScrolls()
                } else {
                    status = ActorSummary.line(actor, in: dataset)
                }
            case .map?:
                focus = .map
            case .paneTab(let pane)?, .pane(let pane)?:
                focus = pane
                tabbedPane = pane
            case .tableTab?:
                toggleTable(derived)
            case .tableRow(let id)?:
                focus = .map
                if id != selectedID { selectedID = id; resetScrolls() }
            case .tableColumn(let column)?:
                focus = .map
                sortTable(by: column, derived)
            case .table?:
                focus = .map
            case .inert?, nil:
                return
            }
        }
    }

    private func isTable(_ target: HitArea.Target?) -> Bool {
        switch target {
        case .tableRow?, .tableColumn?, .table?: return true
        default: return false
        }
    }

    /// The text pane under a cell (a tab strip counts as the pane it shows).
    private func pane(at x: Int, _ y: Int) -> PaneID? {
        for hit in measured.hits where hit.rect.contains(x: x, y: y) {
            if case .pane(let pane) = hit.target { return pane }
        }
        return nil
    }
}

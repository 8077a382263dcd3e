import AllyModel

extension AppState {
    /// `i`: the inspect overlay over the current view, on the selected actor's figures. From a
    /// focused Dependency or Risk pane it starts at that pane's first figure.
    mutating func openInspect(_ derived: Derived) {
        guard let actor = selected else {
            status = "nothing to inspect: select an ally first"
            return
        }
        let figures = InspectContent.figures(ViewState(self, derived), of: actor.id)
        guard !figures.isEmpty else {
            status = "\(actor.name) has no figures to inspect"
            return
        }
        let pane: PaneID? = mode == .normal && mainView == .map && focus != .map ? focus : nil
        mode = .inspect(InspectState(actorID: actor.id, index: InspectContent.firstIndex(for: pane, in: figures), over: mode))
        status = nil
    }

    /// Keys in the inspect overlay: move through the figures, scroll the card, copy the
    /// highlighted figure as a citation, close. Keys without a binding do nothing.
    mutating func handleInspectKey(_ key: Key, _ inspect: InspectState, _ derived: Derived) -> [Effect] {
        var inspect = inspect
        let count = InspectContent.figures(ViewState(self, derived), of: inspect.actorID).count
        let last = max(0, count - 1)
        func moveTo(_ index: Int) {
            inspect.index = index
            inspect.cardScroll = 0
            inspect.showCitation = false
        }
        switch KeyTable.action(for: key, in: .inspect) {
        case .nextChoice?: moveTo(inspect.index >= last ? 0 : inspect.index + 1)
        case .previousChoice?: moveTo(inspect.index <= 0 ? last : inspect.index - 1)
        case .scrollToTop?: moveTo(0)
        case .scrollToEnd?: moveTo(last)
        case .page(let n)?:
            mode = .inspect(inspect)
            scroll(.inspect, by: n * max(1, measured.rows(.inspect) - 1))
            status = nil
            return []
        case .copyFigure?:
            let effects = copyFigure(&inspect, derived)
            // A citation to select by hand is the card's last lines: bring them into view.
            if inspect.showCitation { inspect.cardScroll = Int.max / 2 }
            mode = .inspect(inspect)
            clampScrolls()
            return effects
        case .back?:
            mode = inspect.over
            status = nil
            return []
        case .quit?:
            return [.quit]
        default:
            return []
        }
        status = nil
        mode = .inspect(inspect)
        return []
    }

    /// `y` in the overlay: the highlighted figure as a one-line citation, on the clipboard
    /// through OSC 52. Where the terminal is known to refuse that, nothing is sent: the status
    /// line says so and the card marks the citation to select by hand.
    private mutating func copyFigure(_ inspect: inout InspectState, _ derived: Derived) -> [Effect] {
        let figures = InspectContent.figures(ViewState(self, derived), of: inspect.actorID)
        guard figures.indices.contains(inspect.index) else { return [] }
        let text = Citation.figure(figures[inspect.index].indicator, in: dataset)
        if let refusal = clipboardRefusal {
            inspect.showCitation = true
            status = "not copied: \(refusal); select the citation in the box: \(text)"
            return []
        }
        // Without Unicode the terminal may be too plain to take a copy; keep the text in sight too.
        inspect.showCitation = !unicode
        status = unicode ? "copied: \(text)" : "sent to the clipboard (OSC 52); if nothing arrived, select the citation in the box"
        return [.copy(text)]
    }
}

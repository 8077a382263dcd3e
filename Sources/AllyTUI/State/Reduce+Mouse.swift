import AllyModel

extension AppState {
    /// Clicks select allies and switch regions and panes; the wheel scrolls the pane under it.
    mutating func handle(_ mouse: MouseEvent) {
        let layout = self.layout
        guard layout.kind != .tooSmall else { return }
        switch mouse.kind {
        case .release:
            return
        case .wheelUp, .wheelDown:
            let step = mouse.kind == .wheelUp ? -3 : 3
            if mode == .detail { detailScroll = max(0, detailScroll + step); clampScrolls(); return }
            if let pane = pane(at: mouse.x, mouse.y, in: layout) { scroll(pane, by: step) }
        case .press:
            if mode != .normal { mode = .normal; return }
            if layout.titleBar.contains(x: mouse.x, y: mouse.y) {
                if let r = TitleBar.region(at: mouse.x, width: layout.titleBar.width) { show(region: r) }
                return
            }
            if layout.map.contains(x: mouse.x, y: mouse.y) {
                focus = .map
                let inner = layout.map.inset(by: 1)
                let view = ExplorerView.mapView(for: self, area: inner)
                if let id = view.layout(in: inner).hit(x: mouse.x, y: mouse.y), let actor = dataset.actor(id) {
                    if actor.kind == .ally {
                        selectedID = id
                        resetScrolls()
                    } else {
                        status = MapLegend.describe(actor, in: dataset)
                    }
                }
                return
            }
            if let tabbed = layout.tabbedPane, tabbed.contains(x: mouse.x, y: mouse.y), mouse.y == tabbed.y {
                if let pane = PaneFrame.tab(at: mouse.x - tabbed.x, width: tabbed.width) { focus = pane; tabbedPane = pane }
                return
            }
            if let pane = pane(at: mouse.x, mouse.y, in: layout) { focus = pane; tabbedPane = pane }
        }
    }

    private func pane(at x: Int, _ y: Int, in layout: ExplorerLayout) -> PaneID? {
        if let tabbed = layout.tabbedPane, tabbed.contains(x: x, y: y) { return currentTextPane }
        return layout.panes.first { $0.value.contains(x: x, y: y) }?.key
    }
}

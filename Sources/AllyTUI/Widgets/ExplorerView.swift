import AllyModel

/// Draws the whole explorer screen from the state into a buffer. Pure: no I/O.
public struct ExplorerView {
    public let state: AppState
    public init(_ state: AppState) { self.state = state }

    /// A buffer the size of the screen holding the frame.
    public func render() -> Buffer {
        var buffer = Buffer(size: state.screen)
        render(into: &buffer)
        if !state.unicode { buffer.foldToASCII() }
        return buffer
    }

    public func render(into buffer: inout Buffer) {
        let layout = state.layout
        guard layout.kind != .tooSmall else { return drawTooSmall(into: &buffer) }
        TitleBar.draw(state, into: &buffer, area: layout.titleBar)
        drawMap(into: &buffer, layout: layout)
        for pane in PaneID.textPanes {
            guard let frame = layout.panes[pane] else { continue }
            drawPane(pane, frame: frame, tabbed: false, into: &buffer)
        }
        if let tabbed = layout.tabbedPane { drawPane(state.currentTextPane, frame: tabbed, tabbed: true, into: &buffer) }
        StatusBar.draw(state, into: &buffer, area: layout.statusBar)
        let body = Rect(x: 0, y: 1, width: state.screen.width, height: state.screen.height - 2)
        switch state.mode {
        case .normal: break
        case .help: HelpOverlay.draw(state, into: &buffer, area: body)
        case .search(let search): SearchOverlay.draw(state, search, into: &buffer, above: layout.statusBar)
        case .detail: DetailView.draw(state, into: &buffer, area: body)
        case .compare(let other): CompareView.draw(state, other: other, into: &buffer, area: body)
        }
    }

    /// The map widget for the state's region, markers coloured by the current scenario's risk levels.
    public static func mapView(for state: AppState, area: Rect) -> MapView {
        let markers = MapMarker.markers(for: state, area: area)
        return MapView(region: state.region, markers: markers, selectedID: state.selectedID,
                       charset: state.unicode ? .braille : .ascii)
    }

    private func drawMap(into buffer: inout Buffer, layout: ExplorerLayout) {
        let frame = layout.map
        let focused = state.focus == .map && state.mode == .normal
        PaneFrame.draw(into: &buffer, frame: frame, title: "\(state.region.name) map", focused: focused, unicode: state.unicode,
                       footer: state.selected.map { " \($0.name) " })
        let inner = frame.inset(by: 1)
        // Blank map cells share the outline's style, so the terminal needs no colour switch
        // between dots and spaces: about a third fewer bytes per frame.
        buffer.fill(inner, with: Cell(" ", style: MarkerStyle.land))
        Self.mapView(for: state, area: inner).render(into: &buffer, area: inner)
    }

    private func drawPane(_ pane: PaneID, frame: Rect, tabbed: Bool, into buffer: inout Buffer) {
        let area = PaneFrame.contentArea(of: frame, tabbed: tabbed)
        let content = Rect(x: area.x, y: area.y, width: area.width, height: area.height)
        let lines = PaneContent.lines(for: pane, state: state, width: content.width)
        let offset = state.scrollOffset(pane)
        let footer = PaneFrame.scrollFooter(total: lines.count, offset: offset, height: content.height, unicode: state.unicode)
        PaneFrame.draw(into: &buffer, frame: frame, title: pane.title, focused: state.focus == pane && state.mode == .normal,
                       tabs: tabbed ? pane : nil, unicode: state.unicode, footer: footer)
        PaneFrame.drawLines(lines, offset: offset, into: &buffer, area: content)
    }

    private func drawTooSmall(into buffer: inout Buffer) {
        let need = ExplorerLayout.minimum
        let lines = ["Terminal too small", "\(state.screen.width)x\(state.screen.height), need \(need.width)x\(need.height)", "enlarge it, or q to quit"]
        let top = max(0, (state.screen.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.screen.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + i, style: i == 0 ? Theme.heading : Theme.dim)
        }
    }
}

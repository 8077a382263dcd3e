import AllyModel

/// The view: draws the whole explorer from the state and its derived data, and reports what it
/// measured (text lengths, click targets). Pure: no I/O, no change to the state.
public struct ExplorerView {
    public let view: ViewState
    public init(_ state: AppState, _ derived: Derived) { view = ViewState(state, derived) }

    /// The frame for the state's screen size.
    public func frame() -> Frame {
        var buffer = Buffer(size: view.screen)
        var measured = Measurements()
        render(into: &buffer, measuring: &measured)
        if !view.unicode { buffer.foldToASCII() }
        return Frame(buffer: buffer, measurements: measured)
    }

    /// The buffer alone (tests, `render` command).
    public func render() -> Buffer { frame().buffer }

    func render(into buffer: inout Buffer, measuring measured: inout Measurements) {
        let layout = view.layout
        guard layout.kind != .tooSmall else {
            return TooSmallNotice(size: view.screen, minimum: ExplorerLayout.minimum).render(into: &buffer, area: buffer.area)
        }
        drawTitleBar(into: &buffer, area: layout.titleBar, measuring: &measured)
        if let tabbed = layout.tabbedPane {
            for (pane, rect) in PaneFrame.tabRects(of: tabbed) { measured.hits.append(HitArea(rect, .paneTab(pane))) }
            measured.hits.append(HitArea(Rect(x: tabbed.x, y: tabbed.y, width: tabbed.width, height: 1), .inert))
        }
        if view.mainView == .table {
            drawTable(into: &buffer, frame: layout.map, measuring: &measured)
        } else {
            drawMap(into: &buffer, layout: layout, measuring: &measured)
        }
        for pane in PaneID.textPanes {
            guard let frame = layout.panes[pane] else { continue }
            drawPane(pane, frame: frame, tabbed: false, into: &buffer, measuring: &measured)
        }
        if let tabbed = layout.tabbedPane {
            drawPane(view.currentTextPane, frame: tabbed, tabbed: true, into: &buffer, measuring: &measured)
        }
        StatusBar(statusContent).render(into: &buffer, area: layout.statusBar)
        let body = Rect(x: 0, y: 1, width: view.screen.width, height: view.screen.height - 2)
        switch view.mode {
        case .normal, .tableFilter:
            break
        case .help:
            let help = HelpOverlay(lines: HelpContent.lines(unicode: view.unicode), offset: view.helpScroll, unicode: view.unicode)
            measured.extents[.help] = Extent(lines: help.lines.count, rows: help.textArea(in: body).height)
            help.render(into: &buffer, area: body)
        case .search(let search):
            let overlay = searchOverlay(search)
            if let box = overlay.box(above: layout.statusBar) { overlay.render(into: &buffer, area: box) }
        case .detail:
            let text = DetailView.textArea(in: body)
            let lines = DetailContent.lines(state: view, width: text.width)
            measured.extents[.detail] = Extent(lines: lines.count, rows: text.height)
            DetailView(title: "\(view.selected?.name ?? "") — detail", lines: lines, offset: view.detailScroll, unicode: view.unicode)
                .render(into: &buffer, area: body)
        case .compare(let other):
            let name = view.dataset.actor(other)?.name ?? other
            let lines = CompareContent.lines(state: view, other: other, width: CompareView.textArea(in: body).width)
            CompareView(title: "Compare \(view.selected?.name ?? "") with \(name)", lines: lines, unicode: view.unicode)
                .render(into: &buffer, area: body)
        }
    }

    // MARK: - Parts

    private func drawTitleBar(into buffer: inout Buffer, area: Rect, measuring measured: inout Measurements) {
        let tabs = Region.tabOrder.map { TitleBar.Tab(key: $0.key, title: $0.name, active: $0 == view.region) }
            + [TitleBar.Tab(key: MainView.tableKey, title: "Table", active: view.mainView == .table)]
        let latest = view.dataset.events.last?.date.text ?? "?"
        var info = "data to \(latest) · \(view.dataset.allyCount) allies"
        let whatIf = view.scenarioIndex != 0
        if whatIf { info = "what-if: \(view.scenario.name) · " + info }
        var bar = TitleBar(tabs: tabs, info: info, emphasised: whatIf)
        let rects = bar.tabRects(in: area)
        // A what-if must stay visible: drop the data note before the scenario's name.
        if whatIf, let end = rects.last?.maxX, area.maxX - DisplayWidth.of(info) - 1 <= end + 1 { bar.info = "what-if: \(view.scenario.name)" }
        for (region, rect) in zip(Region.tabOrder, rects) { measured.hits.append(HitArea(rect, .regionTab(region))) }
        if rects.count > Region.tabOrder.count { measured.hits.append(HitArea(rects[Region.tabOrder.count], .tableTab)) }
        measured.hits.append(HitArea(area, .inert))
        bar.render(into: &buffer, area: area)
    }

    /// The map widget for the state's region, markers coloured by the current scenario's risk levels.
    func mapView(area: Rect) -> MapView {
        let assessment = view.assessment
        let markers = MapMarker.markers(for: view.dataset, region: view.region, columns: area.width, rows: area.height,
                                        selectedID: view.selectedID, level: assessment.level(of:), cache: view.derived.markers)
        return MapView(region: view.region, markers: markers, selectedID: view.selectedID, charset: view.unicode ? .braille : .ascii)
    }

    private func drawMap(into buffer: inout Buffer, layout: ExplorerLayout, measuring measured: inout Measurements) {
        let frame = layout.map
        let focused = view.focus == .map && view.mode == .normal
        PaneFrame(title: "\(view.region.name) map", focused: focused, unicode: view.unicode,
                  footer: view.selected.map { " \($0.name) " }).render(into: &buffer, area: frame)
        let inner = frame.inset(by: 1)
        // Blank map cells share the outline's style, so the terminal needs no colour switch
        // between dots and spaces: about a third fewer bytes per frame.
        buffer.fill(inner, with: Cell(" ", style: MarkerStyle.land))
        let map = mapView(area: inner)
        let placed = map.draw(into: &buffer, area: inner)
        for marker in placed.markers { measured.hits.append(HitArea(Rect(x: marker.cell.x, y: marker.cell.y, width: 1, height: 1), .actor(marker.id))) }
        for label in placed.labels { measured.hits.append(HitArea(Rect(x: label.origin.x, y: label.origin.y, width: label.width, height: 1), .actor(label.id))) }
        measured.hits.append(HitArea(frame, .map))
    }

    private func drawPane(_ pane: PaneID, frame: Rect, tabbed: Bool, into buffer: inout Buffer, measuring measured: inout Measurements) {
        let area = TextPane.textArea(in: frame)
        let lines = PaneContent.lines(for: pane, state: view, width: area.width)
        measured.extents[.pane(pane)] = Extent(lines: lines.count, rows: area.height)
        measured.hits.append(HitArea(frame, .pane(pane)))
        TextPane(title: pane.title, lines: lines, offset: view.state.scrollOffset(pane), focused: view.focus == pane && view.mode == .normal,
                 tabs: tabbed ? pane : nil, unicode: view.unicode).render(into: &buffer, area: frame)
    }

    private var statusContent: StatusBar.Content {
        if case .search(let search) = view.mode {
            let prompt = search.purpose == .jump ? "/" : "compare \(view.selected?.name ?? "") with: "
            let choose = KeyTable.hints(in: .prompt).map { "\($0.keys) \($0.hint)" }.joined(separator: " · ")
            let hint = search.matches.isEmpty ? (search.query.isEmpty ? "type a name or code" : "no match")
                : "\(search.matches.count) match\(search.matches.count == 1 ? "" : "es") · " + choose
            return .prompt(prompt, query: search.query, hint: hint)
        }
        if case .tableFilter = view.mode {
            let n = view.derived.tableRows(view.state.tableQuery).count
            let keys = KeyTable.hints(in: .prompt).filter { $0.hint != "go" }.map { "\($0.keys) \($0.hint)" }.joined(separator: " · ")
            return .prompt("filter: ", query: view.table.filter, hint: "\(n) row\(n == 1 ? "" : "s") · Enter keep · " + keys)
        }
        if let status = view.status { return .message(status) }
        return .hints(KeyTable.hints(in: view.state.keyContext))
    }

    private func searchOverlay(_ search: SearchState) -> SearchOverlay {
        let rows = search.matches.prefix(8).compactMap { id -> SearchOverlay.Row? in
            guard let actor = view.dataset.actor(id) else { return nil }
            let code = actor.iso2.isEmpty ? "" : " (\(actor.iso2))"
            return SearchOverlay.Row(name: "\(actor.name)\(code)", detail: "\(actor.kind.label), \(actor.region.name)")
        }
        return SearchOverlay(title: search.purpose == .jump ? "Go to" : "Compare with", rows: rows, selected: search.index, unicode: view.unicode)
    }
}

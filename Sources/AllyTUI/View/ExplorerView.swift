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
        buffer.recolour(view.colorTheme)
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
        // The command line takes only the bottom row: the view it was opened over stays.
        let mode = view.mode.onScreen
        let touring = mode == .tour
        if let tabbed = layout.tabbedPane, !touring {
            for (pane, rect) in PaneFrame.tabRects(of: tabbed) { measured.hits.append(HitArea(rect, .paneTab(pane))) }
            measured.hits.append(HitArea(Rect(x: tabbed.x, y: tabbed.y, width: tabbed.width, height: 1), .inert))
        }
        // The detail, compare and claims views cover the whole body (inspect too, up to 140×40):
        // the map and panes under them would be drawn only to be painted over.
        if !coversBody(mode) {
            if view.mainView == .table {
                drawTable(into: &buffer, frame: layout.map, measuring: &measured)
            } else {
                drawMap(into: &buffer, layout: layout, measuring: &measured)
            }
            for pane in PaneID.textPanes {
                guard let frame = layout.panes[pane], !(touring && TourLayout.coveredPanes.contains(pane)) else { continue }
                drawPane(pane, frame: frame, tabbed: false, into: &buffer, measuring: &measured)
            }
            if touring, let card = TourLayout.card(in: layout) {
                drawTourCard(into: &buffer, frame: card, measuring: &measured)
            } else if let tabbed = layout.tabbedPane {
                drawPane(view.currentTextPane, frame: tabbed, tabbed: true, into: &buffer, measuring: &measured)
            }
        }
        if case .command(let line) = view.mode {
            CommandLineContent.bar(line).render(into: &buffer, area: layout.statusBar)
        } else {
            StatusBar(statusContent).render(into: &buffer, area: layout.statusBar)
        }
        if let banner = layout.banner {
            ScenarioBanner(name: view.scenario.name, description: view.scenario.oneLine).render(into: &buffer, area: banner)
            measured.hits.append(HitArea(banner, .inert))
        }
        drawMode(mode, into: &buffer, body: layout.body, measuring: &measured)
        // Tab's candidates stand on the command line, over whatever the view drew there.
        if case .command(let line) = view.mode, let choices = line.choices, layout.statusBar.y > layout.titleBar.maxY {
            let row = Rect(x: layout.statusBar.x, y: layout.statusBar.y - 1, width: layout.statusBar.width, height: 1)
            CompletionRow(candidates: choices.candidates, selected: choices.index).render(into: &buffer, area: row)
        }
    }

    /// Whether a mode's view hides everything between the bars (the picker: the view under it).
    private func coversBody(_ mode: Mode) -> Bool {
        switch mode {
        case .detail, .compare, .claims: return true
        case .scenarioPicker(let picker): return coversBody(picker.over)
        case .command(let line): return coversBody(line.over)
        case .inspect(let inspect): return InspectOverlay.box(in: view.layout.body) == view.layout.body || coversBody(inspect.over)
        case .normal, .help, .search, .tableFilter, .tour, .markJump: return false
        }
    }

    /// What the mode puts over the map and panes (the picker goes over the view it came from).
    private func drawMode(_ mode: Mode, into buffer: inout Buffer, body: Rect, measuring measured: inout Measurements) {
        switch mode {
        case .normal, .tableFilter, .tour, .markJump:
            break
        case .command(let line):
            drawMode(line.over, into: &buffer, body: body, measuring: &measured)
        case .help:
            let help = HelpOverlay(lines: HelpContent.lines(unicode: view.unicode, theme: view.colours ? view.colorTheme : nil), offset: view.helpScroll, unicode: view.unicode)
            measured.extents[.help] = Extent(lines: help.lines.count, rows: help.textArea(in: body).height)
            help.render(into: &buffer, area: body)
        case .search(let search):
            let overlay = searchOverlay(search)
            if let box = overlay.box(above: view.layout.statusBar) { overlay.render(into: &buffer, area: box) }
        case .detail:
            let text = DetailView.textArea(in: body)
            let lines = DetailContent.lines(state: view, width: text.width)
            measured.extents[.detail] = Extent(lines: lines.count, rows: text.height)
            DetailView(title: "\(view.selected?.name ?? "") — detail", lines: lines, offset: view.detailScroll, unicode: view.unicode)
                .render(into: &buffer, area: body)
        case .claims:
            let page = ClaimsBoardContent.page(view, width: ClaimsBoardView.textArea(in: body).width)
            let rows = ClaimsBoardView.listArea(in: body, headerLines: page.header.count).height
            let offset = ClaimsBoardContent.offset(view.state.claimsBoard.offset, keeping: page.cursor, of: page, rows: rows)
            measured.lists[.claimsBoard] = ListExtent(starts: page.starts, lines: page.lines.count, rows: rows, offset: offset)
            ClaimsBoardView(title: page.title, header: page.header, lines: page.lines, offset: offset, unicode: view.unicode)
                .render(into: &buffer, area: body)
        case .compare(let other):
            let name = view.dataset.actor(other)?.name ?? other
            let table = CompareContent.table(state: view, other: other, width: CompareView.textArea(in: body).width)
                ?? CompareContent.Table(header: [], rows: [])
            measured.extents[.compare] = Extent(lines: table.rows.count,
                                                rows: CompareView.scrollArea(in: body, headerRows: table.header.count).height)
            CompareView(title: "Compare \(view.selected?.name ?? "") with \(name)", header: table.header, lines: table.rows,
                        offset: view.compareScroll, unicode: view.unicode).render(into: &buffer, area: body)
        case .scenarioPicker(let picker):
            drawMode(picker.over, into: &buffer, body: body, measuring: &measured)
            let highlighted = view.scenarios[min(max(0, picker.index), view.scenarios.count - 1)]
            let details = ScenarioContent.details(highlighted, width: ScenarioPickerOverlay.textWidth(in: body) - 2)
            ScenarioPickerOverlay(rows: ScenarioContent.rows(view.scenarios, active: view.scenarioIndex), selected: picker.index,
                                  details: details, unicode: view.unicode).render(into: &buffer, area: body)
        case .inspect(let inspect):
            drawMode(inspect.over, into: &buffer, body: body, measuring: &measured)
            drawInspect(inspect, into: &buffer, body: body, measuring: &measured)
        }
    }

    /// The inspect overlay (`i`) over the view it was opened from: the figures, and the card
    /// of the highlighted one wrapped to the room the overlay gives it.
    private func drawInspect(_ inspect: InspectState, into buffer: inout Buffer, body: Rect, measuring measured: inout Measurements) {
        let figures = InspectContent.figures(view, of: inspect.actorID)
        guard !figures.isEmpty else { return }
        let index = min(max(0, inspect.index), figures.count - 1)
        let rows = InspectContent.rows(figures, in: view.dataset)
        let area = InspectOverlay.cardArea(in: body, rows: rows)
        let card = InspectContent.card(figures[index], listedFor: inspect.actorID, view, width: area.width, markCitation: inspect.showCitation)
        measured.extents[.inspect] = Extent(lines: card.count, rows: area.height)
        // First, so a click in the box finds it before the map or pane drawn under it.
        measured.hits.insert(HitArea(InspectOverlay.box(in: body), .inert), at: 0)
        let name = view.dataset.actor(inspect.actorID)?.name ?? inspect.actorID
        InspectOverlay(title: "Inspect: \(name)'s figures", rows: rows, selected: index, card: card,
                       cardOffset: inspect.cardScroll, unicode: view.unicode).render(into: &buffer, area: body)
    }

    // MARK: - Parts

    /// The map pane's title.
    static func mapTitle(_ region: Region) -> String { "\(region.name) map" }

    private func drawTitleBar(into buffer: inout Buffer, area: Rect, measuring measured: inout Measurements) {
        let tabs = TitleBar.explorerTabs(region: view.region, tableShown: view.mainView == .table)
        let latest = view.dataset.events.last?.date.text ?? "?"
        // A what-if is named by its banner, which always shows; the title keeps the data's facts.
        let info = "data to \(latest) · \(view.dataset.allyCount) allies"
        let bar = TitleBar(tabs: tabs, info: info, emphasised: false)
        let rects = bar.tabRects(in: area)
        for (region, rect) in zip(Region.tabOrder, rects) { measured.hits.append(HitArea(rect, .regionTab(region))) }
        if rects.count > Region.tabOrder.count { measured.hits.append(HitArea(rects[Region.tabOrder.count], .tableTab)) }
        measured.hits.append(HitArea(area, .inert))
        bar.render(into: &buffer, area: area)
    }

    /// The map widget for the state's region, markers coloured by the current scenario's risk
    /// levels and, under a what-if, labelled with how far each ally's risk moved.
    func mapView(area: Rect) -> MapView {
        let assessment = view.assessment
        let charset: MapCharset = view.unicode ? .braille : .ascii
        let change: ((String) -> Int?)? = view.state.whatIfActive ? { assessment.riskChange(of: $0) } : nil
        if let step = tourStep {
            // The tour frames the paragraph's actors, drawn whatever the culling would keep.
            let actors = step.actors.compactMap { view.dataset.actor($0) }
            let frame = step.region == .world ? Region.world.frame : GeoFrame.framing(actors.map(\.location)) ?? step.region.frame
            var markers = MapMarker.markers(for: view.dataset, region: view.region, columns: area.width, rows: area.height,
                                            selectedID: view.selectedID, level: assessment.level(of:), change: change,
                                            cache: view.derived.markers)
            for actor in actors where !markers.contains(where: { $0.id == actor.id }) {
                markers.append(MapMarker(dataset: view.dataset, actor: actor, level: actor.kind == .ally ? assessment.level(of: actor.id) : nil))
            }
            let emphasis = Set(step.actors)
            for i in markers.indices where emphasis.contains(markers[i].id) { markers[i].importance += 1000 }
            return MapView(frame: frame, markers: markers, selectedID: view.selectedID, charset: charset, emphasis: emphasis)
        }
        let markers = MapMarker.markers(for: view.dataset, region: view.region, columns: area.width, rows: area.height,
                                        selectedID: view.selectedID, level: assessment.level(of:), change: change, cache: view.derived.markers)
        let beyond = MapMarker.offFrameAllies(for: view.dataset, region: view.region, columns: area.width, rows: area.height,
                                              cache: view.derived.markers)
        return MapView(region: view.region, markers: markers, selectedID: view.selectedID, charset: charset, alwaysShown: beyond)
    }

    /// The tour step on screen, when the tour is open.
    private var tourStep: TourParagraph? {
        guard view.mode.onScreen == .tour, let position = view.tour, view.dataset.tour.indices.contains(position.step) else { return nil }
        return view.dataset.tour[position.step]
    }

    private func drawMap(into buffer: inout Buffer, layout: ExplorerLayout, measuring measured: inout Measurements) {
        let frame = layout.map
        let focused = view.focus == .map && view.mode.onScreen == .normal
        let title = tourStep.map { "\(Self.mapTitle(view.region)) · ¶\($0.paragraph)" } ?? Self.mapTitle(view.region)
        PaneFrame(title: title, focused: focused, unicode: view.unicode,
                  footer: view.selected.map { " \($0.name) " }).render(into: &buffer, area: frame)
        if let row = legendRow(frame) {
            MapLegend(charset: view.unicode ? .braille : .ascii, theme: view.colorTheme, whatIf: view.state.whatIfActive,
                      colours: view.colours)
                .render(into: &buffer, area: row)
        }
        let inner = frame.inset(by: 1)
        // Blank map cells share the outline's style, so the terminal needs no colour switch
        // between dots and spaces: about a third fewer bytes per frame.
        buffer.fill(inner, with: Cell(" ", style: MarkerStyle.land))
        var map = mapView(area: inner)
        map.outlines = view.derived.outlines.outlines(of: map, in: inner)
        let placed = map.draw(into: &buffer, area: inner)
        for marker in placed.markers { measured.hits.append(HitArea(Rect(x: marker.cell.x, y: marker.cell.y, width: 1, height: 1), .actor(marker.id))) }
        for label in placed.labels { measured.hits.append(HitArea(Rect(x: label.origin.x, y: label.origin.y, width: label.width, height: 1), .actor(label.id))) }
        measured.hits.append(HitArea(frame, .map))
    }

    /// Where the legend goes, when it is on: the map frame's bottom border, left of the selected
    /// ally's name, so the map keeps every row.
    func legendRow(_ frame: Rect) -> Rect? {
        guard view.legend else { return nil }
        let footer = view.selected.map { DisplayWidth.of(" \($0.name) ") + 2 } ?? 1
        let width = frame.width - 2 - footer - 1
        return width > 0 ? Rect(x: frame.x + 1, y: frame.maxY - 1, width: width, height: 1) : nil
    }

    private func drawPane(_ pane: PaneID, frame: Rect, tabbed: Bool, into buffer: inout Buffer, measuring measured: inout Measurements) {
        let area = TextPane.textArea(in: frame)
        let lines = PaneContent.lines(for: pane, state: view, width: area.width)
        measured.extents[.pane(pane)] = Extent(lines: lines.count, rows: area.height)
        measured.hits.append(HitArea(frame, .pane(pane)))
        TextPane(title: pane.title, lines: lines, offset: view.state.scrollOffset(pane), focused: view.focus == pane && view.mode.onScreen == .normal,
                 tabs: tabbed ? pane : nil, unicode: view.unicode).render(into: &buffer, area: frame)
    }

    private func drawTourCard(into buffer: inout Buffer, frame: Rect, measuring measured: inout Measurements) {
        guard let position = view.tour else { return }
        let tour = view.derived.tour
        guard tour.steps.indices.contains(position.step) else { return }
        let area = TextPane.textArea(in: frame)
        let card = TourCard.text(tour.steps[position.step], of: tour.steps.count, position: position, width: area.width)
        // Keep the evidence cursor in sight; the reducer learns the offset from the measurements.
        var offset = max(0, min(position.scroll, card.lines.count - area.height))
        if let line = card.cursorLine {
            if line < offset { offset = line } else if line >= offset + area.height { offset = line - area.height + 1 }
            measured.drawnOffsets[.tour] = offset
        }
        measured.extents[.tour] = Extent(lines: card.lines.count, rows: area.height)
        measured.hits.append(HitArea(frame, .inert))
        TextPane(title: "Tour — x to explore from here", lines: card.lines, offset: offset, focused: true,
                 tabs: nil, unicode: view.unicode).render(into: &buffer, area: frame)
    }

    private var statusContent: StatusBar.Content {
        if case .search(let search) = view.mode {
            let prompt: String
            switch search.purpose {
            case .jump: prompt = "/"
            case .compare: prompt = "compare \(view.selected?.name ?? "") with: "
            case .compareFirst: prompt = "compare which ally? "
            }
            let choose = KeyTable.hints(in: .prompt).map { "\($0.keys) \($0.hint)" }.joined(separator: " · ")
            let hint = search.matches.isEmpty ? (search.query.isEmpty ? "type a name or code" : "no match")
                : "\(search.matches.count) match\(search.matches.count == 1 ? "" : "es") · " + choose
            return .prompt(prompt, query: search.query, hint: hint)
        }
        if view.mode == .markJump {
            let set = view.marks.keys.sorted().map(String.init).joined(separator: " ")
            return .prompt("'", query: "", hint: set.isEmpty ? "no marks yet: :mark a sets one · Esc cancel" : "which mark? \(set) · Esc cancel")
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
        let title: String
        switch search.purpose {
        case .jump: title = "Go to"
        case .compare: title = "Compare with"
        case .compareFirst: title = "Compare which ally"
        }
        return SearchOverlay(title: title, rows: rows, selected: search.index, unicode: view.unicode)
    }
}

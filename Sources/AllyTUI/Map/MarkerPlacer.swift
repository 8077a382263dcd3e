import AllyModel

/// Places markers and their labels on a pane so that none overlap.
///
/// Markers go first, most important first (the selected one before all): each takes its true
/// cell, or the nearest free cell within two columns/one row when a more important marker is
/// already there, so that clustered small states (Israel, Lebanon, Gaza, Qatar) all stay
/// visible. Labels are then placed in the same order, trying right of the marker, left, above and
/// below; among the spots that fit, the one hiding the fewest outline cells wins (ties go to the
/// earlier spot), so labels prefer the sea. A label that fits nowhere is dropped, so the least
/// important labels go first. The selected label is always shown (truncated if it must be).
struct MarkerPlacer {
    let viewport: MapViewport
    let area: Rect
    let charset: MapCharset
    let selectedID: String?
    /// The outlines drawn under the labels (same size as `area`), if known.
    var canvas: BrailleCanvas?

    func place(_ markers: [MapMarker]) -> MapLayout {
        var grid = OccupancyGrid(area: area)
        let placed = placeMarkers(markers, on: &grid)
        return MapLayout(markers: placed.map(\.1), labels: placeLabels(for: placed, on: &grid))
    }

    /// Markers only, most important first, with the cells they take marked on `grid`.
    func placeMarkers(_ markers: [MapMarker], on grid: inout OccupancyGrid) -> [(MapMarker, MapLayout.PlacedMarker)] {
        let ordered = markers.sorted { a, b in
            let (sa, sb) = (a.id == selectedID, b.id == selectedID)
            if sa != sb { return sa }
            if a.importance != b.importance { return a.importance > b.importance }
            return a.id < b.id
        }
        var placed: [(MapMarker, MapLayout.PlacedMarker)] = []
        for marker in ordered {
            guard let local = viewport.cell(of: marker.point) else { continue }
            let home = CellPoint(x: local.x + area.x, y: local.y + area.y)
            guard let cell = freeCell(near: home, in: grid) else { continue }
            grid[cell.x, cell.y] = .marker
            let selected = marker.id == selectedID
            placed.append((marker, MapLayout.PlacedMarker(
                id: marker.id, cell: cell, glyph: MarkerSymbol(marker).glyph(charset),
                style: MarkerStyle.style(for: marker, selected: selected), displaced: cell != home)))
        }
        return placed
    }

    private func placeLabels(for placed: [(MapMarker, MapLayout.PlacedMarker)], on grid: inout OccupancyGrid) -> [MapLayout.PlacedLabel] {
        var labels: [MapLayout.PlacedLabel] = []
        for (marker, spot) in placed {
            let selected = marker.id == selectedID
            let change = marker.change.map { MarkerStyle.changeText($0, charset: charset) }
            let changeStyle = marker.change.map { MarkerStyle.changeStyle($0, selected: selected) } ?? .plain
            // Under a what-if the name carries the risk change; where the two do not fit, the
            // change alone still says which way the ally moved.
            var texts = [(text: marker.label + (change.map { " " + $0 } ?? ""), changeWidth: change.map { DisplayWidth.of($0) } ?? 0)]
            if let change { texts.append((change, DisplayWidth.of(change))) }
            var placedLabel: MapLayout.PlacedLabel?
            for (text, changeWidth) in texts {
                let width = DisplayWidth.of(text)
                let spots = candidates(for: spot.cell, width: width).filter { grid.labelFits(x: $0.x, y: $0.y, width: width) }
                guard let origin = bestSpot(spots, width: width) else { continue }
                placedLabel = .init(id: marker.id, text: text, origin: origin, width: width, style: MarkerStyle.labelStyle(selected: selected),
                                    changeWidth: changeWidth, changeStyle: changeStyle)
                break
            }
            if placedLabel == nil, selected, let forced = forcedLabel(texts[0].text, at: spot.cell) {
                // A cut label keeps its change only if the whole change survived the cut.
                let whole = forced.text == texts[0].text
                placedLabel = .init(id: marker.id, text: forced.text, origin: forced.origin, width: forced.width,
                                    style: MarkerStyle.labelStyle(selected: true), changeWidth: whole ? texts[0].changeWidth : 0,
                                    changeStyle: changeStyle)
            }
            if let label = placedLabel {
                grid.claimLabel(x: label.origin.x, y: label.origin.y, width: label.width)
                labels.append(label)
            }
        }
        return labels
    }

    // MARK: - Private

    /// The spot whose label hides the fewest outline cells; each later spot costs a third of a cell more.
    private func bestSpot(_ spots: [CellPoint], width: Int) -> CellPoint? {
        guard let canvas, spots.count > 1 else { return spots.first }
        func ink(_ p: CellPoint) -> Int {
            (p.x..<(p.x + width)).reduce(0) { $0 + (canvas.pattern(column: $1 - area.x, row: p.y - area.y) != 0 ? 3 : 0) }
        }
        return spots.enumerated().min { a, b in (ink(a.element) + a.offset, a.offset) < (ink(b.element) + b.offset, b.offset) }?.element
    }

    /// Offsets tried for a marker whose cell is taken, nearest first (a row counts as two columns).
    private static let nudges: [(Int, Int)] = {
        var all: [(Int, Int)] = []
        for dy in -1...1 { for dx in -2...2 where (dx, dy) != (0, 0) { all.append((dx, dy)) } }
        return all.enumerated().sorted { a, b in
            let da = a.element.0 * a.element.0 + 4 * a.element.1 * a.element.1
            let db = b.element.0 * b.element.0 + 4 * b.element.1 * b.element.1
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
    }()

    private func freeCell(near home: CellPoint, in grid: OccupancyGrid) -> CellPoint? {
        if grid[home.x, home.y] == .free { return home }
        for (dx, dy) in Self.nudges {
            let c = CellPoint(x: home.x + dx, y: home.y + dy)
            if area.contains(x: c.x, y: c.y) && grid[c.x, c.y] == .free { return c }
        }
        return nil
    }

    /// Label origins to try, best first: right, left, then above and below (centred, right, left).
    private func candidates(for m: CellPoint, width w: Int) -> [CellPoint] {
        [CellPoint(x: m.x + 2, y: m.y), CellPoint(x: m.x - 1 - w, y: m.y),
         CellPoint(x: m.x - w / 2, y: m.y - 1), CellPoint(x: m.x - w / 2, y: m.y + 1),
         CellPoint(x: m.x + 1, y: m.y - 1), CellPoint(x: m.x + 1, y: m.y + 1),
         CellPoint(x: m.x - w, y: m.y - 1), CellPoint(x: m.x - w, y: m.y + 1)]
    }

    /// The selected label when no candidate fits: the side with more room, truncated to fit.
    private func forcedLabel(_ text: String, at m: CellPoint) -> (text: String, origin: CellPoint, width: Int)? {
        let right = area.maxX - (m.x + 2), left = m.x - 1 - area.x
        let room = max(right, left)
        guard room > 0 else { return nil }
        let shown = Self.truncate(text, to: room)
        let width = DisplayWidth.of(shown)
        let x = right >= left ? m.x + 2 : m.x - 1 - width
        return (shown, CellPoint(x: x, y: m.y), width)
    }

    /// Text cut to at most `width` columns, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: max(0, width))
    }
}

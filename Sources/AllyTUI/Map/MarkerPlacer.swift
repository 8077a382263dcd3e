import AllyModel

/// Places markers and their labels on a pane so that none overlap and no label reads as another
/// actor's name.
///
/// Markers go first, most important first (ties by id) whatever is selected, so the map does not
/// rearrange as the selection moves. Each takes its true cell or, when a more important marker is
/// there, the free cell within two columns / one row nearest its exact position that keeps it on
/// its true side of its neighbours (Seoul stays east of Pyongyang, Amman east of Jerusalem), so
/// clustered small states all stay visible. Actors in `alwaysShown` whose place lies outside the
/// pane get an arrow at the pane's edge, pointing at them (Australia on the Asia map).
///
/// Labels follow in the same order, trying right of the marker, left, above and below. A spot is
/// refused when its text would cover a marker or touch another label, or when another actor's
/// marker sits where a reader looks for a label's marker: one blank cell before or after the text
/// ("Egypt ● Hamas" would name Cairo's dot). Among the spots left, the one hiding the fewest outline
/// cells and sitting over, under or two blanks beside the fewest other markers wins (ties go to
/// the earlier spot), so labels prefer the sea and stay clear of other markers. A label that fits nowhere is dropped. The selected label is always
/// shown: in its usual spot when it has one, else where it hides the fewest other labels
/// (truncated if it must be).
struct MarkerPlacer {
    let viewport: MapViewport
    let area: Rect
    let charset: MapCharset
    let selectedID: String?
    /// The outlines drawn under the labels (same size as `area`), if known.
    var canvas: BrailleCanvas?
    /// Actors pointed at from the pane's edge when their place is outside it (the selection always is).
    var alwaysShown: Set<String> = []

    func place(_ markers: [MapMarker]) -> MapLayout {
        var grid = OccupancyGrid(area: area)
        let placed = placeMarkers(markers, on: &grid)
        return MapLayout(markers: placed.map(\.1), labels: placeLabels(for: placed, on: &grid))
    }

    /// Markers only, most important first, with the cells they take marked on `grid`.
    func placeMarkers(_ markers: [MapMarker], on grid: inout OccupancyGrid) -> [(MapMarker, MapLayout.PlacedMarker)] {
        let ordered = markers.sorted { a, b in a.importance != b.importance ? a.importance > b.importance : a.id < b.id }
        var placed: [(MapMarker, MapLayout.PlacedMarker)] = []
        // Exact positions (in cells, absolute) of the markers placed so far, by the cell each took.
        var exact: [CellPoint: Position] = [:]
        var offFrame: [(MapMarker, Position)] = []
        var unplacedSelection: (MapMarker, CellPoint)?
        for marker in ordered {
            let dots = viewport.project(marker.point)
            let position = Position(x: Double(area.x) + dots.x / 2, y: Double(area.y) + dots.y / 4)
            guard dots.x >= 0, dots.y >= 0, dots.x < Double(viewport.dotWidth), dots.y < Double(viewport.dotHeight) else {
                if marker.id == selectedID || alwaysShown.contains(marker.id) { offFrame.append((marker, position)) }
                continue
            }
            let home = CellPoint(x: Int(position.x), y: Int(position.y))
            guard let cell = freeCell(near: home, at: position, placed: exact, in: grid) else {
                if marker.id == selectedID { unplacedSelection = (marker, home) }
                continue
            }
            grid[cell.x, cell.y] = .marker
            exact[cell] = position
            placed.append((marker, placedMarker(marker, cell: cell, glyph: MarkerStyle.glyph(for: marker, charset: charset), displaced: cell != home)))
        }
        // Edge arrows after every marker in view, so they never push one off its place.
        for (marker, position) in offFrame {
            let (home, arrow) = edge(toward: position)
            guard let cell = freeCell(near: home, at: Position(x: Double(home.x) + 0.5, y: Double(home.y) + 0.5), placed: [:], in: grid) else { continue }
            grid[cell.x, cell.y] = .marker
            placed.append((marker, placedMarker(marker, cell: cell, glyph: arrow, displaced: false, offFrame: true)))
        }
        // The selection is never lost, even in a cell crowded past the nudges' reach.
        if let (marker, home) = unplacedSelection {
            placed.removeAll { $0.1.cell == home }
            grid[home.x, home.y] = .marker
            placed.insert((marker, placedMarker(marker, cell: home, glyph: MarkerStyle.glyph(for: marker, charset: charset), displaced: false)), at: 0)
        }
        return placed
    }

    private func placedMarker(_ marker: MapMarker, cell: CellPoint, glyph: Character, displaced: Bool, offFrame: Bool = false) -> MapLayout.PlacedMarker {
        MapLayout.PlacedMarker(id: marker.id, cell: cell, glyph: glyph, style: MarkerStyle.style(for: marker, selected: marker.id == selectedID),
                               displaced: displaced, offFrame: offFrame)
    }

    private func placeLabels(for placed: [(MapMarker, MapLayout.PlacedMarker)], on grid: inout OccupancyGrid) -> [MapLayout.PlacedLabel] {
        let markersOnly = grid
        var labels: [MapLayout.PlacedLabel] = []
        var unlabelledSelection: (MapMarker, CellPoint)?
        for (marker, spot) in placed {
            let texts = labelTexts(marker)
            var placedLabel: MapLayout.PlacedLabel?
            for text in texts {
                let spots = candidates(for: spot.cell, width: text.width).filter {
                    grid.labelFits(x: $0.x, y: $0.y, width: text.width) && !misreads($0, width: text.width, own: spot.cell, on: grid)
                }
                guard let origin = bestSpot(spots, width: text.width, own: spot.cell, on: grid) else { continue }
                placedLabel = label(marker, text, at: origin)
                break
            }
            if let label = placedLabel {
                grid.claimLabel(x: label.origin.x, y: label.origin.y, width: label.width)
                labels.append(label)
            } else if marker.id == selectedID {
                unlabelledSelection = (marker, spot.cell)
            }
        }
        if let (marker, cell) = unlabelledSelection, let label = selectedLabel(marker, at: cell, markers: markersOnly, among: labels) {
            labels.removeAll { $0.origin.y == label.origin.y && $0.origin.x < label.origin.x + label.width + 1 && label.origin.x < $0.origin.x + $0.width + 1 }
            labels.append(label)
        }
        return labels
    }

    /// A label's text and how many of its last columns show the risk change.
    struct LabelText {
        var text: String
        var changeWidth: Int
        var width: Int { DisplayWidth.of(text) }
    }

    /// The texts a marker's label may take, best first: under a what-if the name carries the risk
    /// change; where the two do not fit, the change alone still says which way the ally moved.
    private func labelTexts(_ marker: MapMarker) -> [LabelText] {
        guard let change = marker.change.map({ MarkerStyle.changeText($0, charset: charset) }) else {
            return [LabelText(text: marker.label, changeWidth: 0)]
        }
        let width = DisplayWidth.of(change)
        return [LabelText(text: marker.label + " " + change, changeWidth: width), LabelText(text: change, changeWidth: width)]
    }

    private func label(_ marker: MapMarker, _ text: LabelText, at origin: CellPoint) -> MapLayout.PlacedLabel {
        let selected = marker.id == selectedID
        return .init(id: marker.id, text: text.text, origin: origin, width: text.width, style: MarkerStyle.labelStyle(selected: selected),
                     changeWidth: text.changeWidth, changeStyle: marker.change.map { MarkerStyle.changeStyle($0, selected: selected) } ?? .plain)
    }

    /// The selected label when every usual spot is taken: the spot (among those clear of markers)
    /// that hides the fewest other labels, else the side with more room, truncated to fit.
    private func selectedLabel(_ marker: MapMarker, at m: CellPoint, markers grid: OccupancyGrid,
                               among labels: [MapLayout.PlacedLabel]) -> MapLayout.PlacedLabel? {
        func hidden(_ p: CellPoint, _ w: Int) -> Int {
            labels.filter { $0.origin.y == p.y && $0.origin.x < p.x + w + 1 && p.x < $0.origin.x + $0.width + 1 }.count
        }
        let full = labelTexts(marker)[0]
        for text in labelTexts(marker) {
            let spots = candidates(for: m, width: text.width).filter {
                grid.labelFits(x: $0.x, y: $0.y, width: text.width) && !misreads($0, width: text.width, own: m, on: grid)
            }
            let fewest = spots.map { hidden($0, text.width) }.min()
            if let fewest, let origin = bestSpot(spots.filter { hidden($0, text.width) == fewest }, width: text.width, own: m, on: grid) {
                return label(marker, text, at: origin)
            }
        }
        // Room right of the marker up to two cells before the next marker, and the same leftwards.
        let nextRight = ((m.x + 1)..<area.maxX).first { grid[$0, m.y] == .marker } ?? area.maxX + 2
        let nextLeft = (area.x..<m.x).last { grid[$0, m.y] == .marker } ?? area.x - 3
        let right = nextRight - (m.x + 2) - 2, left = m.x - nextLeft - 4
        let room = max(right, left)
        guard room > 0 else { return nil }
        let shown = Self.truncate(full.text, to: room)
        // A cut label keeps its change only if the whole change survived the cut.
        let cut = LabelText(text: shown, changeWidth: shown == full.text ? full.changeWidth : 0)
        return label(marker, cut, at: CellPoint(x: right >= left ? m.x + 2 : m.x - 1 - cut.width, y: m.y))
    }

    // MARK: - Private

    /// A point in cells, fractional (the cell is the floor).
    struct Position {
        var x: Double
        var y: Double
    }

    /// Whether a label there would sit one blank away from another actor's marker on its row,
    /// where a reader takes it for that marker's name.
    private func misreads(_ p: CellPoint, width: Int, own: CellPoint, on grid: OccupancyGrid) -> Bool {
        for x in [p.x - 2, p.x + width + 1] where grid[x, p.y] == .marker && CellPoint(x: x, y: p.y) != own { return true }
        return false
    }

    /// The spot whose label hides the fewest outline cells and stands over or under, or two
    /// blanks beside, the fewest other markers; each later spot costs a third of a cell more.
    private func bestSpot(_ spots: [CellPoint], width: Int, own: CellPoint, on grid: OccupancyGrid) -> CellPoint? {
        guard spots.count > 1 else { return spots.first }
        func cost(_ p: CellPoint) -> Int {
            var c = 0
            // Two blanks from another marker still reads as its name, unless the label's own marker is between.
            for (x, between) in [(p.x - 3, p.x - 2), (p.x + width + 2, p.x + width + 1)]
            where grid[x, p.y] == .marker && CellPoint(x: x, y: p.y) != own && CellPoint(x: between, y: p.y) != own { c += 12 }
            for x in p.x..<(p.x + width) {
                if let canvas, canvas.pattern(column: x - area.x, row: p.y - area.y) != 0 { c += 3 }
                for y in [p.y - 1, p.y + 1] where grid[x, y] == .marker && CellPoint(x: x, y: y) != own { c += 2 }
            }
            return c
        }
        return spots.enumerated().min { a, b in (cost(a.element) + a.offset, a.offset) < (cost(b.element) + b.offset, b.offset) }?.element
    }

    /// Offsets tried for a marker whose cell is taken (two columns and one row either way).
    private static let nudges: [(Int, Int)] = {
        var all: [(Int, Int)] = []
        for dy in -1...1 { for dx in -2...2 where (dx, dy) != (0, 0) { all.append((dx, dy)) } }
        return all
    }()

    /// The marker's own cell when free; else the free cell nearest its exact position (a row
    /// counts as two columns) among those that do not put it on the wrong side of a neighbour.
    private func freeCell(near home: CellPoint, at position: Position, placed: [CellPoint: Position], in grid: OccupancyGrid) -> CellPoint? {
        if area.contains(x: home.x, y: home.y) && grid[home.x, home.y] == .free { return home }
        var best: (cost: Double, cell: CellPoint)?
        for (dx, dy) in Self.nudges {
            let c = CellPoint(x: home.x + dx, y: home.y + dy)
            guard area.contains(x: c.x, y: c.y) && grid[c.x, c.y] == .free else { continue }
            let ex = Double(c.x) + 0.5 - position.x, ey = 2 * (Double(c.y) + 0.5 - position.y)
            var cost = ex * ex + ey * ey
            for ny in (c.y - 2)...(c.y + 2) {
                for nx in (c.x - 3)...(c.x + 3) {
                    // Every placed marker's cell is marked on the grid: an array read skips the
                    // dictionary for the (many) empty cells around.
                    guard grid[nx, ny] == .marker, let other = placed[CellPoint(x: nx, y: ny)] else { continue }
                    if Self.inverts(cellStep: c.x - nx, trueStep: position.x - other.x) { cost += 100 }
                    if Self.inverts(cellStep: c.y - ny, trueStep: position.y - other.y) { cost += 100 }
                }
            }
            if best == nil || cost < best!.cost { best = (cost, c) }
        }
        return best?.cell
    }

    /// Whether cells `cellStep` apart put two markers in the opposite order to their true places
    /// (however slightly apart they truly are: Helsinki is a tenth of a cell east of Tallinn).
    private static func inverts(cellStep: Int, trueStep: Double) -> Bool {
        cellStep != 0 && abs(trueStep) > 1e-6 && (cellStep > 0) != (trueStep > 0)
    }

    /// The edge cell on the line from the pane's centre toward an outside position, and the arrow
    /// pointing that way.
    private func edge(toward p: Position) -> (CellPoint, Character) {
        let cx = Double(area.x) + Double(area.width) / 2, cy = Double(area.y) + Double(area.height) / 2
        // In columns, a row counting as two, so the arrow's angle is the map's.
        let vx = p.x - cx, vy = 2 * (p.y - cy)
        let tx = vx == 0 ? Double.infinity : (Double(area.width) / 2 - 0.5) / abs(vx)
        let ty = vy == 0 ? Double.infinity : (Double(area.height) - 1) / abs(vy)
        let t = min(tx, ty)
        let x = min(max(Int((cx + vx * t).rounded(.down)), area.x), area.maxX - 1)
        let y = min(max(Int((cy + vy * t / 2).rounded(.down)), area.y), area.maxY - 1)
        return (CellPoint(x: x, y: y), EdgeArrow(dx: vx, dy: vy).glyph(charset))
    }

    /// Label origins to try, best first: right, left, then above and below (centred, right, left).
    private func candidates(for m: CellPoint, width w: Int) -> [CellPoint] {
        [CellPoint(x: m.x + 2, y: m.y), CellPoint(x: m.x - 1 - w, y: m.y),
         CellPoint(x: m.x - w / 2, y: m.y - 1), CellPoint(x: m.x - w / 2, y: m.y + 1),
         CellPoint(x: m.x + 1, y: m.y - 1), CellPoint(x: m.x + 1, y: m.y + 1),
         CellPoint(x: m.x - w, y: m.y - 1), CellPoint(x: m.x - w, y: m.y + 1)]
    }

    /// Text cut to at most `width` columns, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: max(0, width))
    }
}

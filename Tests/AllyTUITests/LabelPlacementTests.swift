import AllyModel
@testable import AllyTUI
import Testing

@Suite("Markers and labels")
struct LabelPlacementTests {
    /// A 10°×10° equatorial frame in a 40×10 pane: 2 columns and 1 row per degree, no outlines.
    static let frame = GeoFrame(west: -10, south: -5, east: 10, north: 5)

    static func layout(_ markers: [MapMarker], width: Int = 40, height: Int = 10, selected: String? = nil) -> MapLayout {
        let area = Rect(x: 0, y: 0, width: width, height: height)
        let viewport = MapViewport(frame: frame, columns: width, rows: height)
        return MarkerPlacer(viewport: viewport, area: area, charset: .braille, selectedID: selected).place(markers)
    }

    static func marker(_ id: String, lon: Double, lat: Double = 0, importance: Int = 0, label: String? = nil) -> MapMarker {
        MapMarker(id: id, label: label ?? id, point: GeoPoint(lat: lat, lon: lon), kind: .ally, importance: importance)
    }

    @Test func overlappingLabelsMoveApart() {
        let l = Self.layout([Self.marker("Alphaland", lon: 0, importance: 2), Self.marker("Bravoland", lon: 2, importance: 1)])
        #expect(l.labels.count == 2)
        Self.expectClean(l, width: 40, height: 10)
        let alpha = l.labels.first { $0.id == "Alphaland" }!
        #expect(alpha.origin.x < l.markerCells["Alphaland"]!.x || alpha.origin.y != l.markerCells["Alphaland"]!.y,
                "the first label cannot go right: the second marker is there")
    }

    @Test func labelsNeverLeaveThePane() {
        let l = Self.layout([Self.marker("Eastmost", lon: 9.9), Self.marker("Westmost", lon: -9.9),
                             Self.marker("Northmost", lon: 0, lat: 4.9), Self.marker("Southmost", lon: 3, lat: -4.9)])
        #expect(l.labels.count == 4)
        Self.expectClean(l, width: 40, height: 10)
    }

    @Test(arguments: [true, false])
    func leastImportantLabelIsDropped(westWins: Bool) {
        // A 13×1 strip with markers in its first and last cells: West's 8-cell label wants cells
        // 2...9, East's 3...10, so only one fits. (In 12 cells either would end one blank from
        // the other marker, where it reads as that marker's name, so neither would be drawn.)
        let west = Self.marker("West", lon: -28, importance: westWins ? 2 : 1, label: "Westland")
        let east = Self.marker("East", lon: 30, importance: westWins ? 1 : 2, label: "Eastland")
        let l = Self.layout([west, east], width: 13, height: 1)
        #expect(l.markerCells == ["West": CellPoint(x: 0, y: 0), "East": CellPoint(x: 12, y: 0)])
        #expect(l.labels.map(\.id) == [westWins ? "West" : "East"])
        #expect(l.labels.first?.origin == CellPoint(x: westWins ? 2 : 3, y: 0))
        Self.expectClean(l, width: 13, height: 1)
    }

    @Test func aLabelOneBlankFromAnotherMarkerIsRefused() {
        let west = Self.marker("West", lon: -28, importance: 2, label: "Westland")
        let east = Self.marker("East", lon: 26, importance: 1, label: "Eastland")
        #expect(Self.layout([west, east], width: 12, height: 1).labels.isEmpty)
    }

    @Test func selectedLabelIsAlwaysShown() {
        let markers = [Self.marker("Big", lon: 0, importance: 3, label: "Bigland"),
                       Self.marker("Low", lon: 1, importance: 1, label: "A very long name indeed")]
        let l = Self.layout(markers, width: 16, height: 1, selected: "Low")
        let label = l.labels.first { $0.id == "Low" }
        #expect(label != nil)
        #expect(label!.style.reverse && label!.style.bold)
        #expect(label!.origin.x >= 0 && label!.origin.x + label!.width <= 16)
        // Selecting moves nothing: the markers are where they are with nothing selected.
        #expect(l.markerCells == Self.layout(markers, width: 16, height: 1).markerCells)
    }

    @Test func collidingMarkersAreNudgedAndAllFindable() {
        let l = Self.layout([Self.marker("A", lon: 0, importance: 2), Self.marker("B", lon: 0, importance: 1),
                             Self.marker("C", lon: 0.1)])
        let cells = l.markerCells
        #expect(cells.count == 3)
        #expect(Set(cells.values).count == 3)
        #expect(l.markers.first { $0.id == "A" }?.displaced == false)
        #expect(l.markers.first { $0.id == "B" }?.displaced == true)
        #expect(l.hit(x: cells["B"]!.x, y: cells["B"]!.y) == "B")
    }

    @Test(arguments: Region.allCases)
    func realRegionsStayClean(region: Region) {
        for (w, h) in [(120, 40), (80, 24), (60, 20)] {
            let view = MapView(region: region, markers: MapFixtures.capitals, selectedID: MapFixtures.selection(for: region))
            let area = Rect(x: 0, y: 0, width: w, height: h)
            let layout = view.layout(in: area)
            Self.expectClean(layout, width: w, height: h)
            #expect(view.markerCells(in: area) == layout.markerCells)
            // Every marker whose capital is inside the pane is drawn (small states stay findable).
            let inside = MapFixtures.capitals.filter { view.viewport(in: area).cell(of: $0.point) != nil }
            #expect(Set(layout.markers.map(\.id)) == Set(inside.map(\.id)), "\(region) \(w)x\(h)")
            if let selected = MapFixtures.selection(for: region) { #expect(layout.labels.contains { $0.id == selected }) }
        }
    }

    @Test func markersWinOverCoastline() {
        let view = MapView(region: .middleEast, markers: MapFixtures.capitals)
        let buffer = view.rendered(width: 80, height: 24)
        for (id, cell) in view.markerCells(in: buffer.area) {
            let glyph = buffer[cell.x, cell.y].character
            let marker = MapFixtures.capitals.first { $0.id == id }!
            #expect(glyph == MarkerStyle.glyph(for: marker, charset: .braille), "\(id)")
        }
    }

    @Test func glyphsDifferByKind() {
        let kinds: [(ActorKind, Bool)] = [(.ally, false), (.adversary, false), (.adversary, true), (.nonstate, false), (.us, false)]
        for charset in MapCharset.allCases {
            let glyphs = kinds.map { MarkerSymbol(MapMarker(id: "x", label: "x", point: GeoPoint(lat: 0, lon: 0), kind: $0.0, nuclear: $0.1)).glyph(charset) }
            #expect(Set(glyphs).count == kinds.count)
            #expect(glyphs.allSatisfy { DisplayWidth.of($0) == 1 })
        }
        #expect(MarkerStyle.color(for: .low) != MarkerStyle.color(for: .high))
        #expect(MarkerStyle.color(for: nil) == MarkerStyle.color(for: .unknown))
    }

    // MARK: - Helpers

    /// Labels inside the pane, never on a marker, never touching another label.
    static func expectClean(_ l: MapLayout, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let markers = Set(l.markers.map(\.cell))
        for (i, a) in l.labels.enumerated() {
            #expect(a.origin.x >= 0 && a.origin.x + a.width <= width && a.origin.y >= 0 && a.origin.y < height,
                    "\(a.id) leaves the pane", sourceLocation: sourceLocation)
            for x in (a.origin.x - 1)...(a.origin.x + a.width) {
                let onText = x >= a.origin.x && x < a.origin.x + a.width
                #expect(!(onText && markers.contains(CellPoint(x: x, y: a.origin.y))), "\(a.id) covers a marker", sourceLocation: sourceLocation)
            }
            for b in l.labels[(i + 1)...] where b.origin.y == a.origin.y {
                let apart = b.origin.x >= a.origin.x + a.width + 1 || a.origin.x >= b.origin.x + b.width + 1
                #expect(apart, "\(a.id) and \(b.id) touch", sourceLocation: sourceLocation)
            }
        }
    }
}

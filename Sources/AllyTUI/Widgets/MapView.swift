import AllyModel

/// The map pane: country outlines in a dim land style, then markers and their labels.
///
/// A value built from plain inputs (a frame, markers, the selection), so it knows nothing of the
/// dataset or the risk model. Rendering is a pure function of those inputs and the area.
public struct MapView: Sendable {
    /// The geographic frame to show; it is widened to the pane's aspect, never cropped.
    public var frame: GeoFrame
    public var markers: [MapMarker]
    public var selectedID: String?
    public var charset: MapCharset
    public var geometry: WorldGeometry
    /// Actors kept on the map when their place lies outside the pane: an arrow at the edge
    /// points to them (the selection is always kept).
    public var alwaysShown: Set<String>
    /// When set, only these markers keep their colour and label; the rest are drawn dim and
    /// unlabelled (the tour's actors stand out this way).
    public var emphasis: Set<String>?
    /// The outlines already rasterised for this frame at the area's size (`canvas(in:)`), kept
    /// from an earlier frame; drawn afresh when nil or of another size.
    public var outlines: BrailleCanvas?

    public init(frame: GeoFrame, markers: [MapMarker] = [], selectedID: String? = nil,
                charset: MapCharset = .braille, geometry: WorldGeometry = .shared, alwaysShown: Set<String> = [],
                emphasis: Set<String>? = nil) {
        self.frame = frame; self.markers = markers; self.selectedID = selectedID
        self.charset = charset; self.geometry = geometry; self.alwaysShown = alwaysShown; self.emphasis = emphasis
    }

    /// A view of a region's default frame.
    public init(region: Region, markers: [MapMarker] = [], selectedID: String? = nil, charset: MapCharset = .braille,
                alwaysShown: Set<String> = []) {
        self.init(frame: region.frame, markers: markers, selectedID: selectedID, charset: charset, alwaysShown: alwaysShown)
    }

    /// The projection used for a pane of this size.
    public func viewport(in area: Rect) -> MapViewport {
        MapViewport(frame: frame, columns: area.width, rows: area.height)
    }

    /// Where markers and labels go in `area` (buffer coordinates), exactly as `render` draws them.
    public func layout(in area: Rect) -> MapLayout { layout(in: area, canvas: outlines(in: area)) }

    /// Marker id → screen cell in `area`, for arrow-key navigation and mouse hit-testing
    /// (cheaper than `layout(in:)`: no outlines are drawn).
    public func markerCells(in area: Rect) -> [String: CellPoint] {
        var grid = OccupancyGrid(area: area)
        let placed = placer(in: area, canvas: nil).placeMarkers(markers, on: &grid)
        return Dictionary(placed.map { ($0.1.id, $0.1.cell) }, uniquingKeysWith: { first, _ in first })
    }

    /// The outlines alone, as a dot canvas the size of `area` (level of detail chosen by zoom).
    public func canvas(in area: Rect) -> BrailleCanvas {
        let viewport = viewport(in: area)
        var canvas = BrailleCanvas(columns: area.width, rows: area.height)
        Rasterizer(viewport: viewport).draw(geometry.layer(degreesPerDot: viewport.degreesPerDot), into: &canvas)
        return canvas
    }

    /// Draws the map into `area` of `buffer`; cells without outline keep what was there.
    public func render(into buffer: inout Buffer, area: Rect) { draw(into: &buffer, area: area) }

    /// Draws the map and returns where its markers and labels went (the view's click targets).
    @discardableResult
    public func draw(into buffer: inout Buffer, area: Rect) -> MapLayout {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return MapLayout(markers: [], labels: []) }
        let canvas = outlines(in: area)
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                if let ch = charset.character(for: canvas.pattern(column: column, row: row)) {
                    buffer[area.x + column, area.y + row] = Cell(ch, style: MarkerStyle.land)
                }
            }
        }
        let placed = emphasised(layout(in: area, canvas: canvas))
        draw(placed, into: &buffer, area: area)
        return placed
    }

    /// A fresh buffer of the given size holding only the map.
    public func rendered(width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        render(into: &buffer, area: buffer.area)
        return buffer
    }

    // MARK: - Private

    private func outlines(in area: Rect) -> BrailleCanvas {
        if let outlines, outlines.columns == area.width, outlines.rows == area.height { return outlines }
        return canvas(in: area)
    }

    private func emphasised(_ layout: MapLayout) -> MapLayout {
        guard let emphasis else { return layout }
        var out = layout
        for i in out.markers.indices where !emphasis.contains(out.markers[i].id) && out.markers[i].id != selectedID {
            out.markers[i].style = Style(foreground: out.markers[i].style.foreground, dim: true)
        }
        out.labels.removeAll { !emphasis.contains($0.id) && $0.id != selectedID }
        return out
    }

    private func placer(in area: Rect, canvas: BrailleCanvas?) -> MarkerPlacer {
        MarkerPlacer(viewport: viewport(in: area), area: area, charset: charset, selectedID: selectedID, canvas: canvas,
                     alwaysShown: alwaysShown)
    }

    private func layout(in area: Rect, canvas: BrailleCanvas) -> MapLayout {
        placer(in: area, canvas: canvas).place(markers)
    }

    private func draw(_ layout: MapLayout, into buffer: inout Buffer, area: Rect) {
        for marker in layout.markers {
            buffer[marker.cell.x, marker.cell.y] = Cell(marker.glyph, style: marker.style)
        }
        for label in layout.labels {
            for x in [label.origin.x - 1, label.origin.x + label.width] where area.contains(x: x, y: label.origin.y) {
                if !layout.markers.contains(where: { $0.cell == CellPoint(x: x, y: label.origin.y) }) {
                    buffer[x, label.origin.y] = .blank
                }
            }
            buffer.write(label.text, x: label.origin.x, y: label.origin.y, style: label.style, clip: area)
            if label.changeWidth > 0 {
                let change = Rect(x: label.origin.x + label.width - label.changeWidth, y: label.origin.y, width: label.changeWidth, height: 1)
                buffer.restyle(change.intersection(area)) { $0 = label.changeStyle }
            }
        }
    }
}

/// Where markers and labels go on screen, in buffer coordinates; computed by `MapView.layout(in:)`.
public struct MapLayout: Sendable, Equatable {
    /// A marker at its cell (possibly nudged from its true cell to keep it visible).
    public struct PlacedMarker: Sendable, Equatable {
        public var id: String
        public var cell: CellPoint
        public var glyph: Character
        public var style: Style
        /// Whether the marker was moved off its true cell because another marker was there.
        public var displaced: Bool
        /// Whether the actor lies beyond the pane and this is the arrow at the edge pointing to it.
        public var offFrame: Bool = false
    }

    /// A label's text and the cell of its first character.
    public struct PlacedLabel: Sendable, Equatable {
        public var id: String
        public var text: String
        public var origin: CellPoint
        public var width: Int
        public var style: Style
        /// Columns at the end of `text` that show the risk change (0 when none), and their style.
        public var changeWidth = 0
        public var changeStyle = Style.plain
    }

    /// Drawn markers, most important first.
    public var markers: [PlacedMarker]
    /// Drawn labels; markers whose label did not fit have none.
    public var labels: [PlacedLabel]

    /// Marker id → cell, for tests (clicks use `hit`, arrows `SpatialNavigation`).
    var markerCells: [String: CellPoint] {
        Dictionary(markers.map { ($0.id, $0.cell) }, uniquingKeysWith: { first, _ in first })
    }

    /// The id of the marker drawn at a cell, or of the marker whose label covers it.
    public func hit(x: Int, y: Int) -> String? {
        if let m = markers.first(where: { $0.cell.x == x && $0.cell.y == y }) { return m.id }
        return labels.first { $0.origin.y == y && x >= $0.origin.x && x < $0.origin.x + $0.width }?.id
    }
}

import AllyModel

extension GeoFrame {
    /// A frame around `points` with a margin on each side, at least `minimumSpan` degrees wide
    /// and tall, so a tour step's actors fill the map without touching its edge. Nil for no points.
    public static func framing(_ points: [GeoPoint], margin: Double = 0.2,
                               minimumSpan: (lon: Double, lat: Double) = (16, 10)) -> GeoFrame? {
        guard let first = points.first else { return nil }
        var (west, east, south, north) = (first.lon, first.lon, first.lat, first.lat)
        for p in points.dropFirst() {
            west = min(west, p.lon); east = max(east, p.lon); south = min(south, p.lat); north = max(north, p.lat)
        }
        let lonPad = max((east - west) * margin, (minimumSpan.lon - (east - west)) / 2, 0)
        let latPad = max((north - south) * margin, (minimumSpan.lat - (north - south)) / 2, 0)
        return GeoFrame(west: max(-180, west - lonPad), south: max(-85, south - latPad),
                        east: min(180, east + lonPad), north: min(85, north + latPad))
    }
}

/// One level of detail of the world's country outlines, stored flat for fast drawing.
///
/// Coordinates are integer centidegrees (0.01°) in `coordinates` as `lon, lat` pairs; ring `i`
/// spans points `ringStarts[i] ..< ringStarts[i + 1]` and is closed (last point = first).
public struct GeoLayer: Sendable {
    /// One country: its code, name and the range of its rings.
    public struct Country: Sendable, Hashable {
        public let iso3: String
        public let name: String
        public let rings: Range<Int>
    }

    /// A ring's bounding box in centidegrees.
    public struct Box: Sendable, Hashable {
        public var west: Int32, south: Int32, east: Int32, north: Int32
    }

    /// The level's name in the data (`coarse`, `detailed`).
    public let name: String
    public let countries: [Country]
    /// `lon, lat` pairs in centidegrees, all rings back to back.
    public let coordinates: [Int32]
    /// Point index where each ring starts, plus one final entry for the end.
    public let ringStarts: [Int]
    /// Bounding box of each ring, for culling rings outside the view.
    public let ringBoxes: [Box]

    public var ringCount: Int { ringBoxes.count }
    public var pointCount: Int { coordinates.count / 2 }

    /// The country with this ISO3 code, if the layer has it (for tests).
    func country(_ iso3: String) -> Country? { countries.first { $0.iso3 == iso3 } }

    /// The points of ring `index` as geographic points (for tests, not the hot path).
    func points(ofRing index: Int) -> [GeoPointI] {
        (ringStarts[index]..<ringStarts[index + 1]).map { GeoPointI(lon: coordinates[2 * $0], lat: coordinates[2 * $0 + 1]) }
    }
}

/// A point in integer centidegrees, as stored in a `GeoLayer`.
public struct GeoPointI: Sendable, Hashable {
    public var lon: Int32
    public var lat: Int32
    public init(lon: Int32, lat: Int32) { (self.lon, self.lat) = (lon, lat) }
}

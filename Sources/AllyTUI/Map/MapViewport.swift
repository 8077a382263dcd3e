import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps geographic points to braille dots for one pane: the projection plus frame fitting.
///
/// The projection is **equirectangular with a standard parallel** at the requested frame's centre
/// latitude (x = lon·cos φ₀, y = lat). We chose it over Mercator because our frames reach 71°N
/// (Norway, Russia), where Mercator stretches shapes ~3×, and because it is linear in lon/lat:
/// a frame is a rectangle, and projecting is one multiply-add per axis (no trig per point). Shapes are true at
/// the frame's centre latitude, which is where a regional view is looked at.
///
/// Braille dots are 2×4 per cell and terminal cells are about 1:2, so a dot is square: one
/// scale serves both axes. The requested frame is **fitted**: it is scaled to fit the pane and
/// the extra room on the long side is filled with more map, keeping the frame centred. The
/// requested frame is never cropped, and never distorted except that no row lies past a pole.
public struct MapViewport: Sendable, Equatable {
    /// The frame asked for; always fully visible.
    public let requested: GeoFrame
    /// Pane size in braille dots (2 per column, 4 per row).
    public let dotWidth: Int, dotHeight: Int
    /// Longitude and latitude at the pane's centre.
    public let centerLon: Double, centerLat: Double
    /// Dots per degree of latitude.
    public let dotsPerDegreeLat: Double
    /// Dots per degree of longitude (the fitted scale · cos φ₀; equal to `dotsPerDegreeLat · cos φ₀`
    /// unless the pane is stretched to keep the poles at its edges).
    public let dotsPerDegreeLon: Double

    /// Fits `frame` into a pane of `columns` × `rows` cells.
    public init(frame: GeoFrame, columns: Int, rows: Int) {
        requested = frame
        dotWidth = max(0, columns) * 2
        dotHeight = max(0, rows) * 4
        let east = frame.east < frame.west ? frame.east + 360 : frame.east
        let lonSpan = max(east - frame.west, 1e-6)
        let latSpan = max(frame.north - frame.south, 1e-6)
        centerLon = Self.wrap(frame.west + lonSpan / 2)
        let middle = (frame.south + frame.north) / 2
        let cosine = max(cos(min(abs(middle), 80) * .pi / 180), 0.05)
        let scale = min(Double(max(dotWidth, 1)) / (lonSpan * cosine), Double(max(dotHeight, 1)) / latSpan)
        dotsPerDegreeLon = scale * cosine
        // Rows past a pole show nothing. A pane too tall for the whole globe at this scale
        // stretches north–south to fit -90…90 (only the world view is that wide); otherwise the
        // fitted frame slides away from the pole it would cross.
        let halfLat = Double(max(dotHeight, 1)) / 2 / scale
        if halfLat > 90 {
            dotsPerDegreeLat = Double(max(dotHeight, 1)) / 180
            centerLat = 0
        } else {
            dotsPerDegreeLat = scale
            centerLat = min(max(middle, -90 + halfLat), 90 - halfLat)
        }
    }

    /// Latitude degrees covered by one dot; used to pick the level of detail.
    public var degreesPerDot: Double { 1 / dotsPerDegreeLat }

    /// A point's position in dots (fractional; the dot is the floor). Longitudes are taken
    /// relative to the centre, so the map is continuous across the antimeridian.
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (Double(dotWidth) / 2 + Self.wrap(p.lon - centerLon) * dotsPerDegreeLon,
         Double(dotHeight) / 2 - (p.lat - centerLat) * dotsPerDegreeLat)
    }

    /// The geographic point under the centre of a dot (inverse of `project`; tests check projections with it).
    func unproject(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lat: centerLat - (y - Double(dotHeight) / 2) / dotsPerDegreeLat,
                 lon: Self.wrap(centerLon + (x - Double(dotWidth) / 2) / dotsPerDegreeLon))
    }

    /// The cell (column, row inside the pane) a point falls in, or nil when it is outside.
    public func cell(of p: GeoPoint) -> CellPoint? {
        let (x, y) = project(p)
        guard x >= 0, y >= 0, x < Double(dotWidth), y < Double(dotHeight) else { return nil }
        return CellPoint(x: Int(x) / 2, y: Int(y) / 4)
    }

    /// Longitude folded into [-180, 180).
    public static func wrap(_ lon: Double) -> Double {
        var l = lon.truncatingRemainder(dividingBy: 360)
        if l >= 180 { l -= 360 } else if l < -180 { l += 360 }
        return l
    }
}

/// A cell position (column, row).
public struct CellPoint: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { (self.x, self.y) = (x, y) }
    public var description: String { "(\(x), \(y))" }
}

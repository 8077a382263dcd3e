import AllyModel

/// Draws geographic polylines into a `BrailleCanvas` through a `MapViewport`.
///
/// Segments are clipped to the canvas before Bresenham runs (so far-off lines cost nothing),
/// rings whose bounding box is outside the view are skipped, and a segment whose longitude
/// jumps by more than 180° (a ring crossing the antimeridian, or the seam behind the view's
/// centre) is split instead of being drawn across the whole map.
public struct Rasterizer: Sendable {
    public let viewport: MapViewport

    public init(viewport: MapViewport) { self.viewport = viewport }

    /// Draws every ring of `layer` that can touch the view.
    public func draw(_ layer: GeoLayer, into canvas: inout BrailleCanvas) {
        let cull = Culling(viewport)
        layer.coordinates.withUnsafeBufferPointer { coords in
            for ring in 0..<layer.ringCount where cull.mayShow(layer.ringBoxes[ring]) {
                var pen = Pen(viewport)
                for point in layer.ringStarts[ring]..<layer.ringStarts[ring + 1] {
                    pen.visit(lon: Double(coords[2 * point]) * 0.01, lat: Double(coords[2 * point + 1]) * 0.01, on: &canvas)
                }
            }
        }
    }

    /// Draws one polyline (close a ring by repeating its first point); the map draws whole layers, tests single lines.
    func draw(polyline: [GeoPoint], into canvas: inout BrailleCanvas) {
        var pen = Pen(viewport)
        for p in polyline { pen.visit(lon: p.lon, lat: p.lat, on: &canvas) }
    }

    // MARK: - Private

    /// Follows a polyline, drawing each segment from the previous point.
    private struct Pen {
        let halfWidth: Double, halfHeight: Double, centerLon: Double, centerLat: Double, kLon: Double, kLat: Double
        let maxX: Double, maxY: Double
        var previous: (rel: Double, x: Double, y: Double)?

        init(_ v: MapViewport) {
            halfWidth = Double(v.dotWidth) / 2; halfHeight = Double(v.dotHeight) / 2
            (centerLon, centerLat, kLon, kLat) = (v.centerLon, v.centerLat, v.dotsPerDegreeLon, v.dotsPerDegreeLat)
            (maxX, maxY) = (Double(v.dotWidth), Double(v.dotHeight))
        }

        @inline(__always)
        mutating func visit(lon: Double, lat: Double, on canvas: inout BrailleCanvas) {
            var rel = lon - centerLon
            if rel >= 180 { rel -= 360 } else if rel < -180 { rel += 360 }
            let x = halfWidth + rel * kLon, y = halfHeight - (lat - centerLat) * kLat
            if let p = previous, abs(rel - p.rel) <= 180 {
                segment(p.x, p.y, x, y, on: &canvas)
            }
            previous = (rel, x, y)
        }

        /// Clips a segment to the canvas (Liang–Barsky) and draws what is left.
        @inline(__always)
        func segment(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, on canvas: inout BrailleCanvas) {
            let inside = ax >= 0 && ay >= 0 && ax < maxX && ay < maxY && bx >= 0 && by >= 0 && bx < maxX && by < maxY
            if inside {
                canvas.line(x0: Int(ax), y0: Int(ay), x1: Int(bx), y1: Int(by))
                return
            }
            let dx = bx - ax, dy = by - ay
            var t0 = 0.0, t1 = 1.0
            let limitX = maxX - 1e-9, limitY = maxY - 1e-9
            guard Self.clip(-dx, ax, &t0, &t1), Self.clip(dx, limitX - ax, &t0, &t1),
                  Self.clip(-dy, ay, &t0, &t1), Self.clip(dy, limitY - ay, &t0, &t1) else { return }
            canvas.line(x0: Int(ax + t0 * dx), y0: Int(ay + t0 * dy), x1: Int(ax + t1 * dx), y1: Int(ay + t1 * dy))
        }

        /// One Liang–Barsky edge test; false when the segment is entirely outside this edge.
        @inline(__always)
        static func clip(_ p: Double, _ q: Double, _ t0: inout Double, _ t1: inout Double) -> Bool {
            if p == 0 { return q >= 0 }
            let r = q / p
            if p < 0 {
                if r > t1 { return false }
                if r > t0 { t0 = r }
            } else {
                if r < t0 { return false }
                if r < t1 { t1 = r }
            }
            return true
        }
    }

    /// Decides from a ring's bounding box whether it can be on screen.
    private struct Culling {
        let south: Int32, north: Int32
        let west: Double, east: Double, allLongitudes: Bool

        init(_ v: MapViewport) {
            let halfLon = Double(v.dotWidth) / 2 / v.dotsPerDegreeLon
            let halfLat = Double(v.dotHeight) / 2 / v.dotsPerDegreeLat
            south = Int32(clamping: Int(((v.centerLat - halfLat) * 100).rounded(.down)) - 1)
            north = Int32(clamping: Int(((v.centerLat + halfLat) * 100).rounded(.up)) + 1)
            allLongitudes = halfLon >= 180
            west = (v.centerLon - halfLon) * 100 - 1
            east = (v.centerLon + halfLon) * 100 + 1
        }

        func mayShow(_ box: GeoLayer.Box) -> Bool {
            guard box.north >= south, box.south <= north else { return false }
            if allLongitudes { return true }
            let w = Double(box.west), e = Double(box.east)
            return (e >= west && w <= east) || (e - 36000 >= west && w - 36000 <= east)
                || (e + 36000 >= west && w + 36000 <= east)
        }
    }
}

import AllyModel
@testable import AllyTUI
import Foundation
import Testing

@Suite("Projection and rasterizer")
struct RasterizerTests {
    /// A 10°×10° frame on the equator in a 10×5-cell pane: 20×20 dots, 2 dots per degree, no cosine.
    static let square = MapViewport(frame: GeoFrame(west: -5, south: -5, east: 5, north: 5), columns: 10, rows: 5)

    @Test func projectionIsLinearAroundTheCentre() {
        let v = Self.square
        #expect(v.dotsPerDegreeLat == 2 && v.dotsPerDegreeLon == 2)
        #expect(v.project(GeoPoint(lat: 0, lon: 0)) == (10, 10))
        #expect(v.project(GeoPoint(lat: 5, lon: -5)) == (0, 0))
        #expect(v.cell(of: GeoPoint(lat: 4.9, lon: 4.9)) == CellPoint(x: 9, y: 0))
        #expect(v.cell(of: GeoPoint(lat: 6, lon: 0)) == nil)
        let back = v.unproject(x: 14, y: 6)
        #expect(abs(back.lon - 2) < 1e-9 && abs(back.lat - 2) < 1e-9)
    }

    @Test func clipsAtFrameEdges() {
        var canvas = BrailleCanvas(columns: 10, rows: 5)
        let r = Rasterizer(viewport: Self.square)
        r.draw(polyline: [GeoPoint(lat: 0, lon: -40), GeoPoint(lat: 0, lon: 40)], into: &canvas)
        #expect(BrailleCanvasTests.dots(of: canvas) == (0..<20).map { [$0, 10] })

        canvas = BrailleCanvas(columns: 10, rows: 5)
        r.draw(polyline: [GeoPoint(lat: 20, lon: -20), GeoPoint(lat: -20, lon: 20)], into: &canvas)
        #expect(BrailleCanvasTests.dots(of: canvas) == (0..<20).map { [$0, $0] })

        canvas = BrailleCanvas(columns: 10, rows: 5)
        r.draw(polyline: [GeoPoint(lat: 20, lon: -20), GeoPoint(lat: 20, lon: 20), GeoPoint(lat: 30, lon: 0)], into: &canvas)
        #expect(canvas.bits.allSatisfy { $0 == 0 })
    }

    @Test func consecutiveSegmentsLeaveNoGaps() {
        var canvas = BrailleCanvas(columns: 10, rows: 5)
        let ring = [GeoPoint(lat: 3, lon: -3), GeoPoint(lat: 3, lon: 3), GeoPoint(lat: -3, lon: 3),
                    GeoPoint(lat: -3, lon: -3), GeoPoint(lat: 3, lon: -3)]
        Rasterizer(viewport: Self.square).draw(polyline: ring, into: &canvas)
        let dots = BrailleCanvasTests.dots(of: canvas)
        #expect(dots.count == 4 * 12) // a closed 13×13-dot square outline
        for d in dots {
            #expect(dots.filter { abs($0[0] - d[0]) <= 1 && abs($0[1] - d[1]) <= 1 && $0 != d }.count >= 2)
        }
    }

    @Test func antimeridianCrossingDoesNotSmear() {
        let ring = [GeoPoint(lat: 10, lon: 170), GeoPoint(lat: 10, lon: -170), GeoPoint(lat: -10, lon: -170),
                    GeoPoint(lat: -10, lon: 170), GeoPoint(lat: 10, lon: 170)]
        let world = MapViewport(frame: Region.world.frame, columns: 120, rows: 40)
        var canvas = BrailleCanvas(columns: 120, rows: 40)
        Rasterizer(viewport: world).draw(polyline: ring, into: &canvas)
        let xs = BrailleCanvasTests.dots(of: canvas).map { $0[0] }
        #expect(!xs.isEmpty)
        // Everything stays within 12° of a map edge; nothing crosses the middle.
        let margin = Int(12 * world.dotsPerDegreeLon) + 1
        #expect(xs.allSatisfy { $0 < margin || $0 >= canvas.dotWidth - margin })
    }

    @Test func aFrameAcrossTheAntimeridianDrawsTheRingWhole() {
        let ring = [GeoPoint(lat: 10, lon: 170), GeoPoint(lat: 10, lon: -170), GeoPoint(lat: -10, lon: -170),
                    GeoPoint(lat: -10, lon: 170), GeoPoint(lat: 10, lon: 170)]
        let pacific = MapViewport(frame: GeoFrame(west: 150, south: -20, east: -150, north: 20), columns: 60, rows: 20)
        #expect(abs(pacific.centerLon) == 180)
        var canvas = BrailleCanvas(columns: 60, rows: 20)
        Rasterizer(viewport: pacific).draw(polyline: ring, into: &canvas)
        let dots = BrailleCanvasTests.dots(of: canvas)
        let top = Int(pacific.project(GeoPoint(lat: 10, lon: 180)).y)
        // The top edge runs unbroken from 170°E to 170°W through the middle of the pane.
        let x0 = Int(pacific.project(GeoPoint(lat: 10, lon: 170)).x), x1 = Int(pacific.project(GeoPoint(lat: 10, lon: -170)).x)
        #expect(x0 < canvas.dotWidth / 2 && x1 > canvas.dotWidth / 2)
        #expect((x0...x1).allSatisfy { x in dots.contains([x, top]) })
    }

    @Test(arguments: Region.allCases)
    func framesFitWithoutCropOrDistortion(region: Region) {
        for (columns, rows) in [(120, 40), (80, 24), (300, 100), (40, 40), (200, 10)] {
            let v = MapViewport(frame: region.frame, columns: columns, rows: rows)
            let f = region.frame
            let (w, h) = (Double(v.dotWidth), Double(v.dotHeight))
            // Never cropped: every corner of the requested frame is inside the pane.
            for p in [GeoPoint(lat: f.north, lon: f.west), GeoPoint(lat: f.south, lon: f.east)] {
                let (x, y) = v.project(p)
                #expect(x >= -1e-6 && x <= w + 1e-6 && y >= -1e-6 && y <= h + 1e-6)
            }
            // A pane too tall for the globe at the fitted scale (only the world's is) runs from
            // pole to pole, stretched north–south; every other pane has square dots, as below.
            if abs(v.dotsPerDegreeLat * 180 - h) < 1e-9 && v.dotsPerDegreeLon < v.dotsPerDegreeLat * cos(((f.north + f.south) / 2) * .pi / 180) - 1e-9 {
                #expect(region == .world)
                #expect(abs(v.project(GeoPoint(lat: 90, lon: 0)).y) < 1e-6 && abs(v.project(GeoPoint(lat: -90, lon: 0)).y - h) < 1e-6)
                #expect(abs((f.east - f.west) * v.dotsPerDegreeLon - w) < 1e-6, "the whole width still shows")
                continue
            }
            // No row beyond a pole.
            #expect(v.project(GeoPoint(lat: 90, lon: 0)).y <= 1e-6 && v.project(GeoPoint(lat: -90, lon: 0)).y >= h - 1e-6)
            // Centred, and filling the pane on one axis.
            let c = v.project(GeoPoint(lat: (f.north + f.south) / 2, lon: (f.west + f.east) / 2))
            #expect(abs(c.x - w / 2) < 1e-6 && abs(c.y - h / 2) < 1e-6)
            let fitsWidth = abs((f.east - f.west) * v.dotsPerDegreeLon - w) < 1e-6
            let fitsHeight = abs((f.north - f.south) * v.dotsPerDegreeLat - h) < 1e-6
            #expect(fitsWidth || fitsHeight)
            // Undistorted: square dots, so x and y scales differ only by cos of the centre latitude.
            let expected = cos(((f.north + f.south) / 2) * .pi / 180)
            #expect(abs(v.dotsPerDegreeLon / v.dotsPerDegreeLat - expected) < 1e-9)
        }
    }

    @Test func regionOutlinesAreDrawn() {
        // The Italian peninsula: dots near Rome's west coast in the detailed Europe view.
        let view = MapView(region: .europe)
        let area = Rect(x: 0, y: 0, width: 120, height: 40)
        let canvas = view.canvas(in: area)
        let v = view.viewport(in: area)
        let (x, y) = v.project(GeoPoint(lat: 41.0, lon: 16.0)) // inland, south-east of Rome
        let land = (Int(y) - 12...Int(y) + 12).contains { yy in (Int(x) - 12...Int(x) + 12).contains { canvas.isSet(x: $0, y: yy) } }
        #expect(land)
        let (sx, sy) = v.project(GeoPoint(lat: 36.0, lon: -30.0)) // open Atlantic
        #expect(!canvas.isSet(x: Int(sx), y: Int(sy)))
    }
}

import AllyModel
@testable import AllyTUI
import Testing

@Suite("Embedded geometry")
struct GeometryTests {
    @Test func embeddedDataDecodes() {
        let world = WorldGeometry.shared
        #expect(world.coarse.countries.count == 177)
        #expect(world.medium.countries.count == 242)
        #expect(world.detailed.countries.count == 242)
        #expect(world.medium.pointCount < world.detailed.pointCount)
        #expect(world.coarse.ringCount > 250)
        #expect(world.detailed.pointCount > world.coarse.pointCount)
    }

    @Test(arguments: ["ISR", "QAT", "JPN", "KOR", "TWN", "EST", "LVA", "LTU", "LBN", "BHR", "ITA", "PRK"])
    func regionalLevelsHaveSmallStates(iso3: String) throws {
        for layer in [WorldGeometry.shared.medium, WorldGeometry.shared.detailed] {
            let country = try #require(layer.country(iso3))
            #expect(!country.rings.isEmpty)
        }
    }

    @Test func countriesSitWhereTheyBelong() throws {
        // Qatar's outline stays within its Natural Earth bounding box (50.75..51.61 E, 24.56..26.16 N).
        let layer = WorldGeometry.shared.detailed
        let qatar = try #require(layer.country("QAT"))
        for ring in qatar.rings {
            let box = layer.ringBoxes[ring]
            #expect(box.west >= 5070 && box.east <= 5165 && box.south >= 2450 && box.north <= 2620)
        }
        #expect(layer.country("ISR")?.name == "Israel")
    }

    @Test func ringsAreClosed() {
        let layer = WorldGeometry.shared.coarse
        for ring in 0..<layer.ringCount {
            let points = layer.points(ofRing: ring)
            #expect(points.first == points.last)
        }
    }

    @Test func decodesAHandWrittenRing() throws {
        // (1, 2) then deltas (+1, 0), (0, +1), back to start: polyline text "AC" "A?" "?A" "BB" → see convert.py.
        let text = "allymap-geo 1\nlevel coarse test 0\nAAA\tTest\t" + Self.encode([(1, 2), (2, 2), (2, 3), (1, 2)]) + "\n"
        let layers = try GeometryDecoder.decode(text)
        #expect(layers.count == 1)
        #expect(layers[0].points(ofRing: 0) == [GeoPointI(lon: 1, lat: 2), GeoPointI(lon: 2, lat: 2),
                                                GeoPointI(lon: 2, lat: 3), GeoPointI(lon: 1, lat: 2)])
        #expect(layers[0].ringBoxes[0] == GeoLayer.Box(west: 1, south: 2, east: 2, north: 3))
    }

    @Test func negativeAndLargeNumbersRoundTrip() throws {
        let ring = [(-17999, -8999), (17999, 8999), (0, 0), (-17999, -8999)]
        let text = "allymap-geo 1\nlevel coarse t 0\nBBB\tB\t" + Self.encode(ring) + "\n"
        let points = try GeometryDecoder.decode(text)[0].points(ofRing: 0)
        #expect(points.map { [Int($0.lon), Int($0.lat)] } == ring.map { [$0.0, $0.1] })
    }

    @Test func levelsDecodedOnDemandEqualAFullDecode() throws {
        let full = try WorldGeometry(text: WorldGeometry.embeddedText, decodeAll: true)
        let lazy = try WorldGeometry(text: WorldGeometry.embeddedText)
        #expect(lazy.medium.pointCount == full.medium.pointCount && lazy.medium.pointCount > 0)
        #expect(lazy.coarse.countries.map(\.iso3) == full.coarse.countries.map(\.iso3))
        #expect(lazy.detailed.pointCount == full.detailed.pointCount)
    }

    @Test func aMissingLevelIsAnError() {
        #expect(throws: GeometryDecoder.DecodeError.missingLevel("medium")) {
            try WorldGeometry(text: "allymap-geo 1\nlevel coarse t 0\nlevel detailed t 0\n")
        }
    }

    @Test func rejectsBadInput() {
        #expect(throws: GeometryDecoder.DecodeError.badHeader) { try GeometryDecoder.decode("nope\n") }
        #expect(throws: GeometryDecoder.DecodeError.badLine(2)) { try GeometryDecoder.decode("allymap-geo 1\nISR\tIsrael\t??\n") }
        #expect(throws: GeometryDecoder.DecodeError.badRing(line: 3)) {
            try GeometryDecoder.decode("allymap-geo 1\nlevel coarse t 0\nISR\tIsrael\t?\n")
        }
    }

    @Test func levelOfDetailFollowsZoom() {
        let world = WorldGeometry.shared
        let wide = MapViewport(frame: Region.world.frame, columns: 120, rows: 40)
        let europe = MapViewport(frame: Region.europe.frame, columns: 80, rows: 24)
        let close = MapViewport(frame: Region.europe.frame, columns: 300, rows: 100)
        #expect(world.layer(degreesPerDot: wide.degreesPerDot).name == "coarse")
        #expect(world.layer(degreesPerDot: europe.degreesPerDot).name == "medium")
        #expect(world.layer(degreesPerDot: close.degreesPerDot).name == "detailed")
    }

    // MARK: - Helpers

    /// The polyline encoding of scripts/geo/convert.py, for building test input.
    static func encode(_ ring: [(Int, Int)]) -> String {
        var out = "", previous = (0, 0)
        for (lon, lat) in ring {
            for n in [lon - previous.0, lat - previous.1] {
                var v = n < 0 ? ~(n << 1) : n << 1
                while v >= 0x20 { out.append(Character(Unicode.Scalar(UInt8((0x20 | (v & 0x1F)) + 63)))); v >>= 5 }
                out.append(Character(Unicode.Scalar(UInt8(v + 63))))
            }
            previous = (lon, lat)
        }
        return out
    }
}

import AllyModel
import Testing
@testable import AllyTUI

/// The explorer keeps each frame's rasterised outlines between frames; a map drawn from kept
/// outlines must be the map drawn afresh, and outlines of another size must not be used.
@Suite struct MapOutlineCacheTests {
    let area = Rect(x: 0, y: 0, width: 60, height: 20)

    func drawn(_ map: MapView) -> Buffer {
        var buffer = Buffer(width: area.width, height: area.height)
        map.draw(into: &buffer, area: area)
        return buffer
    }

    @Test(arguments: Region.allCases)
    func keptOutlinesDrawTheSameMap(region: Region) {
        let cache = MapOutlineCache()
        var map = MapView(region: region)
        let fresh = drawn(map)
        map.outlines = cache.outlines(of: map, in: area)
        #expect(drawn(map) == fresh)
        // The second frame reads the kept outlines.
        #expect(cache.outlines(of: map, in: area) == map.outlines)
    }

    @Test func outlinesOfAnotherSizeAreNotUsed() {
        var map = MapView(region: .europe)
        let fresh = drawn(map)
        map.outlines = MapView(region: .asia).canvas(in: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(drawn(map) == fresh)
    }

    @Test func eachFrameAndSizeHasItsOwnOutlines() {
        let cache = MapOutlineCache()
        let europe = cache.outlines(of: MapView(region: .europe), in: area)
        let asia = cache.outlines(of: MapView(region: .asia), in: area)
        #expect(europe != asia)
        #expect(cache.outlines(of: MapView(region: .europe), in: Rect(x: 0, y: 0, width: 30, height: 10)).columns == 30)
    }
}

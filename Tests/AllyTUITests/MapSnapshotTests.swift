import AllyModel
import AllyTestSupport
import AllyTUI
import Testing

/// The map pane of each region at two sizes, compared cell by cell with text fixtures.
@Suite("Map snapshots")
struct MapSnapshotTests {
    static let sizes = [(120, 40), (80, 24)]

    @Test(arguments: Region.allCases)
    func regionPane(region: Region) {
        for (width, height) in Self.sizes {
            let view = MapView(region: region, markers: MapFixtures.capitals, selectedID: MapFixtures.selection(for: region))
            let buffer = view.rendered(width: width, height: height)
            expectSnapshot(buffer.plainText, named: "map-\(region.rawValue)-\(width)x\(height)")
        }
    }

    @Test func asciiFallback() {
        let view = MapView(region: .middleEast, markers: MapFixtures.capitals, selectedID: "israel", charset: .ascii)
        let text = view.rendered(width: 80, height: 24).plainText
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, named: "map-middle-east-80x24-ascii")
    }
}

import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// The ally table on screen at the three sizes users try (text and colours), with columns
/// dropping by priority as the width shrinks.
@Suite struct TableSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func worldSortedByRisk(width: Int, height: Int) {
        var s = AppState.fixture(width: width, height: height, region: .world)
        s.press(.char("t"), .char("r"))
        let buffer = s.render()
        expectSnapshot(buffer.plainText, named: "table-world-risk-\(width)x\(height)")
        expectSnapshot(buffer.styleLayer, named: "table-world-risk-\(width)x\(height).style")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func europeUnderAWhatIfSortedByChange(width: Int, height: Int) {
        var s = AppState.fixture(width: width, height: height, region: .europe, scenarios: [.baseline, AllyTableTests.retrenchment])
        s.press(.char("t"), .char("s"), .down, .enter, .char("d"))  // the what-if picked over the table
        let buffer = s.render()
        expectSnapshot(buffer.plainText, named: "table-europe-change-\(width)x\(height)")
        expectSnapshot(buffer.styleLayer, named: "table-europe-change-\(width)x\(height).style")
    }

    @Test func filteringWithThreatsListed() {
        var s = AppState.fixture(width: 120, height: 40, region: .world)
        s.press(.char("t"), .char("A"), .char("/"))
        s.type("ia")
        expectSnapshot(s.render().plainText, named: "table-filter-threats-120x40")
    }

    @Test func asciiAt80x24() {
        var s = AppState.fixture(width: 80, height: 24, region: .middleEast, unicode: false, scenarios: [.baseline, AllyTableTests.retrenchment])
        s.press(.char("t"), .char("s"), .down, .enter, .char("r"))
        let text = s.render().plainText
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, named: "table-middle-east-80x24-ascii")
    }

    @Test func smallestScreenStillShowsNamesAndRisk() {
        var s = AppState.fixture(width: 60, height: 20, region: .world)
        s.press(.char("t"))
        let text = s.render().plainText
        #expect(text.contains("r Risk") && text.contains("a Ally"))
        expectSnapshot(text, named: "table-world-60x20")
    }

    /// Wide, combining and zero-width text in every name keeps the table's rows on the grid and
    /// its frame where plain names put it.
    @Test(arguments: [(60, 20), (80, 24), (120, 40), (203, 61)])
    func hardTextKeepsTheTablesGrid(width: Int, height: Int) {
        let checks = HostileTextLayoutTests()
        for sortKey in ["a", "r"] as [Character] {
            var hard = ExplorerSession(dataset: HostileTextLayoutTests.hostile, region: .world, screen: Size(width: width, height: height))
            var plain = ExplorerSession(dataset: defaultDataset, region: .world, screen: Size(width: width, height: height))
            for key: Key in [.char("t"), .char("A"), .char(sortKey), .end] {
                hard.send(.key(key))
                plain.send(.key(key))
            }
            let hardBuffer = hard.render(), plainBuffer = plain.render()
            let label = "\(width)x\(height) sorted by \(sortKey)"
            checks.expectExactGrid(hardBuffer, label)
            let frame = hard.state.layout.map
            for y in frame.y..<frame.maxY {
                #expect(hardBuffer[frame.x, y].character == plainBuffer[frame.x, y].character, "\(label) row \(y): left edge")
                #expect(hardBuffer[frame.maxX - 1, y].character == plainBuffer[frame.maxX - 1, y].character, "\(label) row \(y): right edge")
            }
        }
    }

    // MARK: - Column priorities

    @Test(arguments: [
        (44, [TableColumn.ally, .exposure, .risk, .level]),
        (68, [.ally, .region, .reliance, .commitment, .exposure, .risk, .level]),
        (30, [.ally, .risk, .level]),
        (20, [.ally, .risk]),
    ])
    func columnsDropByPriority(width: Int, expected: [TableColumn]) {
        let layout = TableLayout(width: width, candidates: TableColumn.allCases.filter { $0 != .change }, longestName: 20)
        #expect(layout.columns.map(\.column) == expected)
        #expect(layout.offsets.last! + layout.columns.last!.width <= width)
    }

    @Test func spareWidthGoesToNamesThenBands() {
        let layout = TableLayout(width: 150, candidates: TableColumn.allCases, longestName: 20)
        #expect(layout.columns.count == TableColumn.allCases.count)
        #expect(layout.columns.first!.width == 20)
        #expect(layout.columns.filter(\.wide).map(\.column) == [.reliance, .commitment, .exposure, .risk])
    }
}

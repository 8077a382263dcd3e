import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// Snapshots of the what-if workbench at the three reference sizes: glyphs and the colour layer.
@Suite struct ScenarioSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static func expectBoth(_ s: ExplorerSession, named name: String) {
        let buffer = ExplorerView(s).render()
        expectSnapshot(buffer.plainText, named: name)
        expectSnapshot(buffer.styleLayer, named: name + ".style")
    }

    static func session(_ width: Int, _ height: Int, region: Region = .middleEast) -> ExplorerSession {
        .fixture(width: width, height: height, region: region, scenarios: ScenarioPresets.all)
    }

    /// The list open on us-retrenchment, over the map.
    @Test(arguments: sizes)
    func picker(width: Int, height: Int) {
        var s = Self.session(width, height)
        s.press(.char("s"), .down, .down)
        Self.expectBoth(s, named: "scenario-picker-\(width)x\(height)")
    }

    /// Europe under us-retrenchment: the banner, and each ally's risk change on the map.
    @Test(arguments: sizes)
    func banner(width: Int, height: Int) {
        var s = Self.session(width, height, region: .europe)
        s.press(.char("s"), .down, .down, .enter)
        Self.expectBoth(s, named: "scenario-banner-\(width)x\(height)")
    }

    /// Israel and Japan under us-retrenchment: baseline, what-if and change per ally.
    @Test(arguments: sizes)
    func compare(width: Int, height: Int) {
        var s = Self.session(width, height)
        s.select("israel")
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter, .char("s"), .down, .down, .enter)
        Self.expectBoth(s, named: "scenario-compare-\(width)x\(height)")
    }

    /// The same compare at the baseline on a wide screen: the difference column and the sources.
    @Test func compareAtTheBaselineOnAWideScreen() {
        var s = Self.session(200, 60)
        s.select("israel")
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter)
        Self.expectBoth(s, named: "compare-200x60")
    }

    /// The banner and the changes without braille or colour words: ASCII signs, same layout.
    @Test func bannerInAscii() {
        var s = ExplorerSession.fixture(width: 80, height: 24, region: .europe, unicode: false, scenarios: ScenarioPresets.all)
        s.press(.char("s"), .down, .down, .enter)
        expectSnapshot(ExplorerView(s).render().plainText, named: "scenario-banner-80x24-ascii")
    }
}

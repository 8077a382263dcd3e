import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// The command line on screen at the reference sizes: Tab's candidates above the line, and an
/// error beside the text (glyphs and the colour layer).
@Suite struct CommandLineSnapshotTests {
    static func expectBoth(_ s: ExplorerSession, named name: String) {
        let buffer = ExplorerView(s).render()
        expectSnapshot(buffer.plainText, named: name)
        expectSnapshot(buffer.styleLayer, named: name + ".style")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func completing(width: Int, height: Int) {
        var s = ExplorerSession.fixture(width: width, height: height, region: .europe, scenarios: ScenarioPresets.all)
        s.press(.char(":"))
        s.type("goto s")
        s.press(.tab, .tab)
        Self.expectBoth(s, named: "command-line-complete-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func anError(width: Int, height: Int) {
        var s = ExplorerSession.fixture(width: width, height: height, region: .europe, scenarios: ScenarioPresets.all)
        s.press(.char(":"))
        s.type("compare poland jpan")
        s.press(.enter)
        Self.expectBoth(s, named: "command-line-error-\(width)x\(height)")
    }
}

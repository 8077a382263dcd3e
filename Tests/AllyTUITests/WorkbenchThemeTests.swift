import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// Issue 15's acceptance at every size and in every reading condition: the workbench's views
/// (table, what-if list, banner, inspect, claims board, compare) in the dark and light themes
/// and under NO_COLOR. The text is the theme's business only under NO_COLOR (no colour names);
/// in light it must be the dark text exactly.
@Suite struct WorkbenchThemeTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// How a user reaches each view from the explorer's start (Europe, Poland selected).
    static let views: [(name: String, keys: [Key], typed: String)] = [
        ("table", [.char("t")], ""),
        ("picker", [.char("s")], ""),
        ("banner", [.char("s"), .down, .enter], ""),
        ("inspect", [.char("i")], ""),
        ("claims", [.char("C")], ""),
        ("compare", [.char("c")], "germany"),
    ]

    static func session(_ view: (name: String, keys: [Key], typed: String), _ width: Int, _ height: Int,
                        theme: ColorTheme, colours: Bool) -> ExplorerSession {
        var s = AppState.fixture(width: width, height: height, region: .europe, scenarios: ScenarioPresets.all)
        s.colorTheme = theme
        s.colours = colours
        s.select("poland")
        for key in view.keys { s.press(key) }
        if !view.typed.isEmpty {
            s.type(view.typed)
            s.press(.enter)
        }
        return s
    }

    @Test(arguments: views.map(\.name))
    func darkLightAndNoColour(view name: String) throws {
        let view = try #require(Self.views.first { $0.name == name })
        for (width, height) in Self.sizes {
            let dark = Self.session(view, width, height, theme: .dark, colours: true).render()
            let light = Self.session(view, width, height, theme: .light, colours: true).render()
            expectSnapshot(dark.plainText, named: "workbench-\(name)-\(width)x\(height)")
            expectSnapshot(dark.styleLayer, named: "workbench-\(name)-\(width)x\(height)-dark.style")
            #expect(light.plainText == dark.plainText, "\(name) \(width)x\(height): a theme changes colours, never text")
            expectSnapshot(light.styleLayer, named: "workbench-\(name)-\(width)x\(height)-light.style")
            let plain = Self.session(view, width, height, theme: .dark, colours: false).render().withoutColour
            expectSnapshot(plain.plainText, named: "workbench-\(name)-\(width)x\(height)-nocolor")
            expectSnapshot(plain.styleLayer, named: "workbench-\(name)-\(width)x\(height)-nocolor.style")
        }
    }
}

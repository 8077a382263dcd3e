import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// Readable everywhere: dark and light backgrounds, colour blindness and NO_COLOR. The legend
/// strip and a score pane at the three sizes users try, and the rules every theme keeps.
@Suite struct ThemeTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// Europe with Poland selected: medium and low risk allies, adversaries and a nuclear one.
    static func europe(_ width: Int, _ height: Int, theme: ColorTheme = .dark, unicode: Bool = true) -> ExplorerSession {
        var s = AppState.fixture(width: width, height: height, region: .europe, unicode: unicode)
        s.colorTheme = theme
        s.select("poland")
        return s
    }

    // MARK: - Snapshots

    @Test(arguments: sizes)
    func legendAndScorePane(width: Int, height: Int) {
        let dark = Self.europe(width, height).render()
        expectSnapshot(dark.plainText, named: "theme-europe-\(width)x\(height)")
        expectSnapshot(dark.styleLayer, named: "theme-europe-\(width)x\(height)-dark.style")
        let light = Self.europe(width, height, theme: .light).render()
        #expect(light.plainText == dark.plainText, "a theme changes colours, never text")
        expectSnapshot(light.styleLayer, named: "theme-europe-\(width)x\(height)-light.style")
        var plain = Self.europe(width, height)
        plain.colours = false
        let noColour = plain.render().withoutColour
        #expect(!noColour.plainText.contains("red high"), "no colour named where none is drawn")
        expectSnapshot(noColour.plainText, named: "theme-europe-\(width)x\(height)-nocolor")
        expectSnapshot(noColour.styleLayer, named: "theme-europe-\(width)x\(height)-nocolor.style")
    }

    @Test func colourBlindTheme() {
        let buffer = Self.europe(120, 40, theme: .colorblind).render()
        expectSnapshot(buffer.styleLayer, named: "theme-europe-120x40-colorblind.style")
    }

    @Test func asciiWithoutColour() {
        var s = Self.europe(80, 24, unicode: false)
        s.colours = false
        let buffer = s.render()
        #expect(buffer.plainText.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(buffer.plainText, named: "theme-europe-80x24-ascii")
        expectSnapshot(buffer.withoutColour.styleLayer, named: "theme-europe-80x24-ascii-nocolor.style")
    }

    /// The Risk pane's first lines at the sizes where it shares a tab (80×24) or stands alone.
    @Test(arguments: sizes)
    func riskPane(width: Int, height: Int) {
        var s = Self.europe(width, height)
        if s.state.layout.tabbedPane != nil { s.press(.tab, .tab) }  // focus the tabbed Risk pane
        let lines = PaneContent.lines(for: .risk, state: ViewState(s.state, s.derived), width: 40)
        #expect(lines.count > 2 && lines[1].text.hasPrefix("0–100"), "\(lines.prefix(2).map(\.text))")
        #expect(lines[1].text.hasSuffix("?") || lines[1].text.hasSuffix("? explains"))
    }

    // MARK: - Rules

    /// No theme draws text in white or bright white: it vanishes on a light background.
    @Test(arguments: ColorTheme.allCases)
    func noThemeDrawsWhiteText(theme: ColorTheme) {
        var screens: [Buffer] = []
        for (w, h) in Self.sizes {
            var s = Self.europe(w, h, theme: theme)
            screens.append(s.render())
            s.press(.char("?")); screens.append(s.render())
            s.press(.escape, .enter); screens.append(s.render())
            s.press(.escape, .char("t")); screens.append(s.render())
            s.press(.char("t"), .char("C")); screens.append(s.render())
        }
        for (i, buffer) in screens.enumerated() {
            for y in 0..<buffer.height {
                for x in 0..<buffer.width {
                    let fg = buffer[x, y].style.foreground
                    #expect(fg != .white && fg != .brightWhite, "\(theme) screen \(i) at \(x),\(y)")
                }
            }
        }
        for style in [Theme.titleBar, Theme.activeTab, Theme.value, Theme.heading, Theme.label, Theme.accent] {
            #expect(![.white, .brightWhite].contains(theme.map(style.foreground)))
        }
    }

    /// The light theme swaps the colours that fade on white for darker shades.
    @Test func lightThemeDrawsNoPaleColours() {
        let pale: Set<Color> = [.white, .brightWhite, .yellow, .brightYellow, .brightGreen, .brightCyan, .orange, .gray]
        for c in Color.allCases { #expect(!pale.contains(ColorTheme.light.map(c)), "\(c)") }
    }

    /// The colour-blind theme never sets red against green: low risk is blue.
    @Test func colourBlindThemeAvoidsRedAgainstGreen() {
        let t = ColorTheme.colorblind
        let levels = [RiskLevel.low, .medium, .high].map { t.map(MarkerStyle.color(for: $0)) }
        #expect(levels == [.azure, .gold, .vermillion])
        #expect(MarkerStyle.riskLegend(t) == "blue low, yellow medium, vermillion high, grey unknown")
        #expect(t.map(Theme.supports.foreground) == .azure && t.map(Theme.contradicts.foreground) == .vermillion)
    }

    /// Under NO_COLOR an ally's risk level still shows: each level has its own glyph, in both charsets.
    @Test(arguments: [MapCharset.braille, .ascii])
    func markersDifferByLevelWithoutColour(charset: MapCharset) {
        let glyphs = RiskLevel.allCases.map { $0.glyph(charset) }
        #expect(Set(glyphs).count == RiskLevel.allCases.count)
        // Nor do they look like another actor's marker.
        let others = MarkerSymbol.allCases.filter { $0 != .ally }.map { $0.glyph(charset) }
        #expect(Set(glyphs).isDisjoint(with: others))
        // Drawn on a map with colour taken away, the four allies still differ.
        let markers = RiskLevel.allCases.enumerated().map { i, level in
            MapMarker(id: level.rawValue, label: level.rawValue, point: GeoPoint(lat: 50, lon: Double(i * 10)), kind: .ally, level: level)
        }
        let map = MapView(frame: GeoFrame(west: -10, south: 30, east: 50, north: 70), markers: markers, charset: charset)
        let buffer = map.rendered(width: 60, height: 20).withoutColour
        let placed = map.layout(in: Rect(x: 0, y: 0, width: 60, height: 20)).markers
        let drawn = placed.map { buffer[$0.cell.x, $0.cell.y].character }
        #expect(Set(drawn).count == RiskLevel.allCases.count, "\(drawn)")
    }

    /// The legend's colour words name the colour its glyph is drawn in, and its glyphs are the
    /// map's, in every theme.
    @Test(arguments: ColorTheme.allCases)
    func legendWordsMatchWhatIsDrawn(theme: ColorTheme) throws {
        let s = Self.europe(200, 60, theme: theme)  // room for every item with its colour
        let buffer = s.render()
        let frame = s.state.layout.map
        let row = (frame.x..<frame.maxX).map { buffer[$0, frame.maxY - 1] }  // the bottom border
        let text = String(row.map(\.character))
        for level in [RiskLevel.high, .medium, .low, .unknown] {
            let glyph = level.glyph(.braille)
            let x = try #require(row.firstIndex { $0.character == glyph }, "\(level) in \(text)")
            let drawn = row[x].style.foreground
            #expect(drawn == theme.map(MarkerStyle.color(for: level)))
            let words = text[text.index(text.startIndex, offsetBy: x + 2)...]
            #expect(words.hasPrefix("\(drawn.colourName) \(level.rawValue)"), "\(theme): \(text)")
        }
        #expect(text.contains("▲ adversary"))
        #expect(text.hasSuffix("Poland ─┘"), "the selected ally's name stays in the border")
    }

    /// At 80 columns the legend keeps every level and drops later items whole.
    @Test func legendDropsItemsByPriority() {
        let legend = MapLegend(charset: .braille, theme: .dark)
        let wide = legend.fitted(width: 200), narrow = legend.fitted(width: 44), tiny = legend.fitted(width: 24)
        #expect(wide.colours && wide.items.count == legend.items.count)
        #expect(!narrow.colours && narrow.items.map(\.meaning) == ["high", "medium", "low", "unknown"])
        #expect(tiny.items.map(\.meaning) == ["high", "medium", "low"])
    }

    /// Without colour the help names none, and still tells the levels apart by shape.
    @Test func helpWithoutColourNamesNoColour() {
        let text = HelpContent.lines(unicode: true, theme: nil).map(\.text).joined(separator: "\n")
        for word in ["red", "orange", "green", "grey", "yellow"] { #expect(!text.contains(word), "\(word)") }
        #expect(text.contains("◐  ally at medium risk"))
    }

    /// `L` hides the legend from the map's bottom border.
    @Test func legendToggles() {
        var s = Self.europe(120, 40)
        #expect(s.render().plainText.contains("● red high"))
        s.press(.char("L"))
        #expect(!s.state.legend && !s.render().plainText.contains("● red high"))
    }
}

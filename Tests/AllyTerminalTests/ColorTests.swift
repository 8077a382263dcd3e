import AllyTUI
import Testing
@testable import AllyTerminal

@Suite struct ColorModeTests {
    @Test func noColorWinsWhenNonEmpty() {
        #expect(ColorMode.detect(noColor: "1", hasColors: true, colors: 256) == .none)
        #expect(ColorMode.detect(noColor: "", hasColors: true, colors: 256) == .extended256) // no-color.org: empty is unset
    }

    @Test(arguments: [(256, ColorMode.extended256), (88, .basic8), (16, .basic8), (8, .basic8), (2, .none), (0, .none)])
    func byColorCount(colors: Int, mode: ColorMode) {
        #expect(ColorMode.detect(noColor: nil, hasColors: true, colors: colors) == mode)
    }

    @Test func monochromeTerminalOrOptOut() {
        #expect(ColorMode.detect(noColor: nil, hasColors: false, colors: 256) == .none)
        #expect(ColorMode.detect(noColor: nil, colorAllowed: false, hasColors: true, colors: 256) == .none)
    }
}

@Suite struct ColorPaletteTests {
    @Test func noneSetsNoColourAtAll() {
        for color in Color.allCases { #expect(ColorPalette.index(of: color, mode: .none) == nil) }
    }

    @Test func defaultIsTheTerminalsOwn() {
        #expect(ColorPalette.index(of: .default, mode: .basic8) == -1)
        #expect(ColorPalette.index(of: .default, mode: .extended256) == -1)
    }

    @Test func basic8StaysWithinEightColours() {
        for color in Color.allCases where color != .default {
            #expect((0..<8).contains(ColorPalette.index(of: color, mode: .basic8)!), "\(color)")
        }
        #expect(ColorPalette.index(of: .orange, mode: .basic8) == 3) // yellow keeps "medium risk"
        #expect(ColorPalette.index(of: .brightRed, mode: .basic8) == 1)
    }

    /// The backend reads the one palette, so the explorer and `render --format ansi` agree.
    @Test func indicesComeFromThePalette() {
        for color in Color.allCases {
            #expect(ColorPalette.index(of: color, mode: .extended256) == color.index256.map(Int16.init) ?? -1)
            #expect(ColorPalette.index(of: color, mode: .basic8) == color.index8.map(Int16.init) ?? -1)
        }
        #expect(ColorPalette.index(of: .land, mode: .extended256) == 66)
    }

    @Test func extended256UsesTheXtermPalette() {
        #expect(ColorPalette.index(of: .red, mode: .extended256) == 1)
        #expect(ColorPalette.index(of: .gray, mode: .extended256) == 8)
        #expect(ColorPalette.index(of: .brightWhite, mode: .extended256) == 15)
        #expect(ColorPalette.index(of: .orange, mode: .extended256) == 208)
        let indices = Color.allCases.compactMap { ColorPalette.index(of: $0, mode: .extended256) }
        #expect(Set(indices).count == Color.allCases.count) // every colour distinct
    }
}

@Suite struct ColorPairsTests {
    /// Records init_pair calls instead of talking to a terminal.
    final class Recorder { var calls: [(Int16, Int16, Int16)] = [] }

    func pairs(_ mode: ColorMode, capacity: Int = 256, defaultColors: Bool = true, recorder: Recorder) -> ColorPairs {
        ColorPairs(mode: mode, capacity: capacity, defaultColors: defaultColors) { pair, fg, bg in
            recorder.calls.append((pair, fg, bg))
            return true
        }
    }

    @Test func allocatesLazilyAndCaches() {
        let recorder = Recorder()
        var table = pairs(.extended256, recorder: recorder)
        let a = table.pair(foreground: .red, background: .default)
        let b = table.pair(foreground: .white, background: .orange)
        #expect(table.pair(foreground: .red, background: .default) == a)
        #expect((a, b) == (1, 2))
        #expect(recorder.calls.map(\.0) == [1, 2])
        #expect(recorder.calls[1].1 == 7 && recorder.calls[1].2 == 208)
    }

    /// With default colours the default/default pair is a real one (so leaving a coloured cell
    /// is a colour change, not a reset of every attribute); without them it is pair 0.
    @Test func defaultColoursGetAPairOnlyWhereTheTerminalHasThem() {
        let recorder = Recorder()
        var table = pairs(.extended256, recorder: recorder)
        #expect(table.pair(foreground: .default, background: .default) == 1)
        #expect(recorder.calls.count == 1 && recorder.calls[0].1 == -1 && recorder.calls[0].2 == -1)
        var plain = pairs(.basic8, defaultColors: false, recorder: Recorder())
        #expect(plain.pair(foreground: .default, background: .default) == 0)
    }

    @Test func noneNeverAllocates() {
        let recorder = Recorder()
        var table = pairs(.none, recorder: recorder)
        #expect(table.pair(foreground: .red, background: .blue) == 0)
        #expect(recorder.calls.isEmpty)
    }

    @Test func fallsBackToPairZeroWhenExhausted() {
        let recorder = Recorder()
        var table = pairs(.basic8, capacity: 3, recorder: recorder) // pairs 1 and 2 usable
        #expect(table.pair(foreground: .red, background: .default) == 1)
        #expect(table.pair(foreground: .green, background: .default) == 2)
        #expect(table.pair(foreground: .blue, background: .default) == 0)
        #expect(table.pair(foreground: .red, background: .default) == 1) // earlier pairs still valid
    }

    @Test func substitutesDefaultsWithoutUseDefaultColors() {
        let recorder = Recorder()
        var table = pairs(.basic8, defaultColors: false, recorder: recorder)
        _ = table.pair(foreground: .red, background: .default)
        #expect(recorder.calls.first.map { [$0.1, $0.2] } == [1, 0])
    }
}

@Suite struct AttributeTests {
    @Test func stylesMapToDistinctAttributes() {
        let plain = NcursesTerminal.attributes(of: .plain)
        let flags = [Style(bold: true), Style(reverse: true), Style(underline: true), Style(dim: true)]
            .map { NcursesTerminal.attributes(of: $0) }
        #expect(flags.allSatisfy { $0 != plain })
        #expect(Set(flags).count == 4)
        let all = NcursesTerminal.attributes(of: Style(bold: true, reverse: true, underline: true, dim: true))
        #expect(all == flags.reduce(plain) { $0 | $1 })
    }
}

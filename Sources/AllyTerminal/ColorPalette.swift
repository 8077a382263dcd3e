import AllyTUI

/// Maps the UI's `Color` to a terminal colour index for a `ColorMode`. Pure, so it is unit tested.
public enum ColorPalette {
    /// The terminal's own default colour (ncurses `use_default_colors` index).
    public static let terminalDefault: Int16 = -1

    /// The colour index for `color`, or `nil` under `.none` (no colour is set at all).
    public static func index(of color: Color, mode: ColorMode) -> Int16? {
        switch mode {
        case .none: return nil
        case .basic8: return basic8(color)
        case .extended256: return extended256(color)
        }
    }

    private static func extended256(_ color: Color) -> Int16 {
        switch color {
        case .default: terminalDefault
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .gray: 8
        case .brightRed: 9
        case .brightGreen: 10
        case .brightYellow: 11
        case .brightBlue: 12
        case .brightMagenta: 13
        case .brightCyan: 14
        case .brightWhite: 15
        case .land: 65    // #5f875f, a muted green that stays behind markers
        case .sea: 17     // #00005f, dark navy for pane accents
        case .orange: 208 // #ff8700
        }
    }

    /// Bright and extra colours fold onto their nearest ANSI base so meaning survives on 8 colours.
    private static func basic8(_ color: Color) -> Int16 {
        switch color {
        case .default: terminalDefault
        case .black: 0
        case .red, .brightRed: 1
        case .green, .brightGreen, .land: 2
        case .yellow, .brightYellow, .orange: 3
        case .blue, .brightBlue, .sea: 4
        case .magenta, .brightMagenta: 5
        case .cyan, .brightCyan: 6
        case .white, .brightWhite, .gray: 7
        }
    }
}

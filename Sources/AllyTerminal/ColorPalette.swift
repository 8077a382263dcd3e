import AllyTUI

/// Maps the UI's `Color` to a terminal colour index for a `ColorMode`, reading the indices
/// from the palette in `Color+Palette.swift`. Pure, so it is unit tested.
public enum ColorPalette {
    /// The terminal's own default colour (ncurses `use_default_colors` index).
    public static let terminalDefault: Int16 = -1

    /// The colour index for `color`, or `nil` under `.none` (no colour is set at all).
    public static func index(of color: Color, mode: ColorMode) -> Int16? {
        switch mode {
        case .none: return nil
        case .basic8: return color.index8.map(Int16.init) ?? terminalDefault
        case .extended256: return color.index256.map(Int16.init) ?? terminalDefault
        }
    }
}

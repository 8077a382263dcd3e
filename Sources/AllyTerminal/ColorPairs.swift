import AllyTUI

/// Lazily allocated colour pairs, one per (foreground, background) combination drawn so far.
///
/// ncurses has a fixed number of pairs (`COLOR_PAIRS`); pair 0 is the terminal default and
/// cannot be changed. When the pairs run out, further combinations fall back to pair 0 rather
/// than recycling a pair that cells already on screen still use.
struct ColorPairs {
    /// Defines a pair in the terminal: (pair, foreground, background) -> success.
    typealias Define = (Int16, Int16, Int16) -> Bool

    let mode: ColorMode
    let capacity: Int
    /// Without `use_default_colors`, -1 is not a valid index; these replace it.
    let defaultForeground: Int16
    let defaultBackground: Int16
    private let define: Define
    private var pairs: [UInt16: Int16] = [:]
    /// Whether the terminal's own colours can be asked for (-1 in a pair).
    private var namesDefaultColors: Bool { defaultForeground == ColorPalette.terminalDefault }
    private var next: Int16 = 1

    init(mode: ColorMode, capacity: Int, defaultColors: Bool, define: @escaping Define) {
        self.mode = mode
        self.capacity = min(capacity, Int(Int16.max))
        self.defaultForeground = defaultColors ? ColorPalette.terminalDefault : 7
        self.defaultBackground = defaultColors ? ColorPalette.terminalDefault : 0
        self.define = define
    }

    /// The pair number for a style's colours (0 under `.none`, and for the default colours
    /// where the terminal cannot name them).
    ///
    /// Where it can (`use_default_colors`), the default colours get a pair of their own: moving
    /// from a coloured cell to pair 0 made ncurses reset every attribute as well (`\e(B\e[m`
    /// after `\e[39m`), a sixth of the first frame's escape bytes; a pair change is only a colour.
    mutating func pair(foreground: Color, background: Color) -> Int16 {
        guard let fg = ColorPalette.index(of: foreground, mode: mode),
              let bg = ColorPalette.index(of: background, mode: mode) else { return 0 }
        if foreground == .default && background == .default && !namesDefaultColors { return 0 }
        let key = UInt16(foreground.rawValue) << 8 | UInt16(background.rawValue)
        if let known = pairs[key] { return known }
        guard Int(next) < capacity else { return 0 }
        let number = next
        let ok = define(number, fg == ColorPalette.terminalDefault ? defaultForeground : fg,
                        bg == ColorPalette.terminalDefault ? defaultBackground : bg)
        pairs[key] = ok ? number : 0
        if ok { next += 1 }
        return pairs[key]!
    }
}

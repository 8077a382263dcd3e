import CNcurses

extension NcursesTerminal {
    /// Cursor-key sequences in both forms terminals send: CSI (`ESC [ A`, normal cursor mode)
    /// and SS3 (`ESC O A`, application mode after `smkx`). terminfo lists only one form, but
    /// terminals that ignore `smkx`, some multiplexers and test harnesses send the other; without
    /// these an arrow would arrive as Esc, `[`, `A`.
    static let fallbackKeys: [(String, Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[3~", KEY_DC), ("\u{1B}[Z", KEY_BTAB),
    ]

    /// Teaches ncurses the sequences terminfo did not list; existing bindings are kept.
    static func defineFallbackKeys() {
        for (sequence, code) in fallbackKeys where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}

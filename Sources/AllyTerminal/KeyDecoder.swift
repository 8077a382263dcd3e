import AllyTUI
import CNcurses

/// Turns what `wget_wch` returns into a `Key`. Pure: no terminal needed, so it is unit tested.
///
/// `wget_wch` reports either a character (status `OK`) or a function-key code (status
/// `KEY_CODE_YES`); the two ranges overlap (0o401 is both a key code and 'ā'), so they have
/// separate entry points. KEY_RESIZE and KEY_MOUSE are handled by the terminal, not here.
enum KeyDecoder {
    /// A character read with status `OK`. Returns nil for input that is not a key we model
    /// (NUL, Ctrl-\ … Ctrl-_, C1 controls, lone surrogates).
    static func decode(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter          // nonl(): Enter arrives as CR; LF from Ctrl-J
        case 27: return .escape
        case 8, 127: return .backspace      // ^H from some terminals, DEL from most
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26; Ctrl-C (3) is the run loop's quit-with-130.
            return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code read with status `KEY_CODE_YES` (or a value ≥ KEY_MIN from `wgetch`).
    static func decode(keyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home       // xterm-vt220 sends Find for Home
        case KEY_END, KEY_SELECT, KEY_C1, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}

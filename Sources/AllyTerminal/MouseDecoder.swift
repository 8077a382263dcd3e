import AllyTUI
import CNcurses

/// Turns an ncurses `MEVENT` button state into a `MouseEvent`. Pure apart from reading the
/// mask constants, so it is unit tested.
enum MouseDecoder {
    /// ncurses' button-state bit set (`mmask_t`).
    typealias Mask = mmask_t

    /// The events we ask ncurses for: left button press/release and the wheel (buttons 4/5).
    static var reportedEvents: Mask {
        cn_button1_pressed() | cn_button1_released() | cn_button4_pressed() | cn_button5_pressed()
    }

    /// Decodes one event at cell (x, y); nil for buttons and motions we do not model.
    static func decode(buttonState: Mask, x: Int32, y: Int32) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttonState & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttonState & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if buttonState & cn_button1_pressed() != 0 {
            kind = .press
        } else if buttonState & cn_button1_released() != 0 {
            kind = .release
        } else {
            return nil
        }
        guard x >= 0, y >= 0 else { return nil }
        return MouseEvent(kind: kind, x: Int(x), y: Int(y))
    }
}

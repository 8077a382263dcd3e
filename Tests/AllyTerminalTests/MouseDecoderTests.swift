import AllyTUI
import Testing
@testable import AllyTerminal

@Suite struct MouseDecoderTests {
    @Test func leftButton() {
        #expect(MouseDecoder.decode(buttonState: mask(.press), x: 4, y: 2) == MouseEvent(kind: .press, x: 4, y: 2))
        #expect(MouseDecoder.decode(buttonState: mask(.release), x: 0, y: 0) == MouseEvent(kind: .release, x: 0, y: 0))
    }

    @Test func wheel() {
        #expect(MouseDecoder.decode(buttonState: mask(.wheelUp), x: 10, y: 5)?.kind == .wheelUp)
        #expect(MouseDecoder.decode(buttonState: mask(.wheelDown), x: 10, y: 5)?.kind == .wheelDown)
    }

    @Test func unrequestedButtonsAndBadPositionsAreDropped() {
        #expect(MouseDecoder.decode(buttonState: 0, x: 1, y: 1) == nil)
        #expect(MouseDecoder.decode(buttonState: mask(.press), x: -1, y: 1) == nil)
    }

    @Test func reportedEventsCoverEveryKind() {
        for kind in [MouseEvent.Kind.press, .release, .wheelUp, .wheelDown] {
            #expect(MouseDecoder.reportedEvents & mask(kind) != 0)
        }
    }

    /// ncurses mouse version 2 masks (curses.h): five bits per button, from bit 5(b-1):
    /// released, pressed, clicked, double, triple.
    private func mask(_ kind: MouseEvent.Kind) -> MouseDecoder.Mask {
        switch kind {
        case .release: 1 << 0
        case .press: 1 << 1
        case .wheelUp: 1 << 16
        case .wheelDown: 1 << 21
        }
    }
}

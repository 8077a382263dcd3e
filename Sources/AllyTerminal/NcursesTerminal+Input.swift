import AllyTUI
import CNcurses

extension NcursesTerminal {
    /// After this many back-to-back reads that fail instantly although allowed to wait, the tty
    /// is taken to be gone (EOF/EIO without SIGHUP); without this the loop would spin a core.
    static let hangupThreshold = 50

    /// Waits up to `timeoutMs` (0 = poll, negative = forever) for the next key, mouse or
    /// resize event. Returns nil on timeout, on a signal, and for input we do not model.
    public func nextEvent(timeoutMs: Int) -> Event? {
        guard isActive else { return nil }
        if SignalTrap.takeContinued() {
            // Resumed after a stop that ncurses did not handle (SIGSTOP, or the shell touched
            // the tty): put our tty modes back and repaint everything.
            reset_prog_mode()
            lastFrame = nil
            return .resize(size)
        }
        wtimeout(window, Int32(clamping: timeoutMs))
        var code: wint_t = 0
        let started = ContinuousClock.now
        let status = wget_wch(window, &code)
        switch status {
        case OK:
            instantFailures = 0
            return KeyDecoder.decode(character: UInt32(code)).map(Event.key)
        case KEY_CODE_YES:
            instantFailures = 0
            return specialKey(Int32(code))
        default:
            noteFailedRead(timeoutMs: timeoutMs, elapsed: ContinuousClock.now - started)
            return nil
        }
    }

    private func specialKey(_ code: Int32) -> Event? {
        if code == cn_key_resize() {
            // ncurses caught SIGWINCH and already resized stdscr; read the new size from it.
            size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            lastFrame = nil
            return .resize(size)
        }
        if code == cn_key_mouse() {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return MouseDecoder.decode(buttonState: event.bstate, x: event.x, y: event.y).map(Event.mouse)
        }
        return KeyDecoder.decode(keyCode: code).map(Event.key)
    }

    private func noteFailedRead(timeoutMs: Int, elapsed: Duration) {
        // A read allowed to wait (forever, or 10 ms and more) that fails at once is a dead tty.
        if (timeoutMs < 0 || timeoutMs >= 10) && elapsed < .milliseconds(1) {
            instantFailures += 1
        } else {
            instantFailures = 0
        }
    }
}

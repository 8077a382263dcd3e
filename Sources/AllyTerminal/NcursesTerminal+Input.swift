#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AllyTUI
import CNcurses

extension NcursesTerminal {
    /// After this many back-to-back reads that find nothing although the tty said it was
    /// readable, the tty is taken to be gone (EOF/EIO without SIGHUP); without this the loop
    /// would spin a core.
    static let hangupThreshold = 50

    /// Waits up to `timeoutMs` (0 = poll, negative = forever) for the next key, mouse or
    /// resize event. Returns nil on timeout, on a signal, and for input we do not model.
    ///
    /// The wait is ours (`SignalTrap.waitForInput`), not ncurses': it also watches the signal
    /// handlers' wake pipe, so a signal or a resize ends it however close to the start of the
    /// wait it lands. ncurses then reads what is already there, without waiting.
    public func nextEvent(timeoutMs: Int) -> Event? {
        guard isActive else { return nil }
        if let event = signalledEvent() { return event }
        if timeoutMs != 0 {
            let readable = SignalTrap.waitForInput(fd: STDIN_FILENO, timeoutMs: timeoutMs)
            if let event = signalledEvent() { return event }
            guard readable else { return nil }
        }
        return readEvent(expectingInput: timeoutMs != 0)
    }

    /// What the signal handlers (or other threads) asked for since the last look: a repaint
    /// after SIGCONT, the new size after SIGWINCH, a new frame when work done elsewhere is in.
    private func signalledEvent() -> Event? {
        if SignalTrap.takeContinued() {
            // Resumed after a stop that ncurses did not handle (SIGSTOP, or the shell touched
            // the tty): put our tty modes back and repaint everything.
            reset_prog_mode()
            lastFrame = nil
            return .resize(size)
        }
        if SignalTrap.takeResized() {
            var rows: Int32 = 0
            var columns: Int32 = 0
            guard cn_tty_size(STDOUT_FILENO, &rows, &columns) == 0 else { return nil }
            if rows != getmaxy(window) || columns != getmaxx(window) { resizeterm(rows, columns) }
            size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            lastFrame = nil
            return .resize(size)
        }
        if SignalTrap.takeRefresh() { return .refresh }
        return nil
    }

    /// Reads one event that is already available (ncurses may still wait the escape delay to
    /// complete a key sequence).
    private func readEvent(expectingInput: Bool) -> Event? {
        wtimeout(window, 0)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            instantFailures = 0
            return KeyDecoder.decode(character: UInt32(code)).map(Event.key)
        case KEY_CODE_YES:
            instantFailures = 0
            return specialKey(Int32(code))
        default:
            // Readable yet nothing to read is end-of-file or an I/O error: the tty is gone.
            instantFailures = expectingInput ? instantFailures + 1 : 0
            return nil
        }
    }

    private func specialKey(_ code: Int32) -> Event? {
        if code == cn_key_resize() {
            // resizeterm queues KEY_RESIZE after a change; the size is already ours.
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
}

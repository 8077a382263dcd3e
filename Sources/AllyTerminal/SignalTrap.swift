#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// Signal handling for the full-screen session: terminating signals, SIGCONT and SIGWINCH become
/// flags that the run loop reads; crashes and repeated signals restore the tty with
/// async-signal-safe calls only.
///
/// Why a flag rather than htop's `endwin(); _exit()` in the handler: `endwin` writes through
/// stdio and walks ncurses' state, none of which is async-signal-safe, so a SIGTERM landing in
/// the middle of `doupdate` could interleave escape sequences or deadlock on the stdio lock.
/// Every handler also writes a byte to a pipe that the input wait polls beside the tty (the
/// self-pipe trick), so a signal that lands just before the loop goes to sleep still wakes it;
/// a flag alone would be seen only at the next key. The loop then restores the terminal on the
/// normal path and exits with 128 + signal. Handlers are installed with SA_RESTART: the pipe,
/// not EINTR, is what ends the wait, so no other system call sees a spurious EINTR.
/// SIGWINCH is ours too (ncurses installs its own only when the disposition is the default): its
/// handler sets a flag that ncurses checks only after a read fails, so a resize followed by a
/// key was drawn at the old size.
/// If a second terminating signal arrives while one is pending (the loop is stuck in app code),
/// the handler falls back to `tcsetattr` + `write` of terminfo strings captured at start-up
/// (all async-signal-safe) and `_exit`s. Crash signals restore the same way, let the previous
/// handler (Swift's backtracer) report a real fault, then die of the signal under SIG_DFL, so
/// the status is 128 + signal and a core is possible (`cn_crash_forward`).
enum SignalTrap {
    /// Signals that end the session with status 128 + signal: every catchable signal whose
    /// default action ends the process, except SIGPIPE (ignored, so a write error surfaces as
    /// EPIPE) and the crash signals below.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
                                       SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF]
    /// Signals that mean the process is crashing; the tty is restored before they proceed.
    static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    // MARK: - State shared with the handlers

    // Raw allocations rather than Swift globals holding values: a handler must not allocate,
    // take locks or trigger lazy initialisation. Every one is touched in `install()` first.
    private static let slotCount = 128
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
    nonisolated(unsafe) private static let installed = flagCells(slotCount)
    /// [0] pending terminating signal, [1] SIGCONT seen, [2] curses active, [3] restore byte count,
    /// [4] shell termios saved, [5] SIGWINCH seen, [6] wake pipe's write end, [7] its read end
    /// (-1 until opened; the pipe lives as long as the process), [8] refresh requested by
    /// another thread.
    nonisolated(unsafe) private static let cells = wakeCells()
    nonisolated(unsafe) private static let shellMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private static let restoreCapacity = 512
    nonisolated(unsafe) private static let restoreBytes = UnsafeMutablePointer<CChar>.allocate(capacity: restoreCapacity)

    private static func flagCells(_ count: Int) -> UnsafeMutablePointer<Int32> {
        let cells = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        cells.initialize(repeating: 0, count: count)
        return cells
    }

    private static func wakeCells() -> UnsafeMutablePointer<Int32> {
        let cells = flagCells(9)
        cells[6] = -1
        cells[7] = -1
        return cells
    }

    // MARK: - API for the terminal

    /// Installs the handlers. Must run before `newterm`: ncurses only installs its own SIGINT and
    /// SIGTERM handlers (which `_exit(1)`) when the disposition is still the default.
    static func install() {
        cn_flag_store(cells, 0)
        cn_flag_store(cells + 1, 0)
        cn_flag_store(cells + 5, 0)
        openWakePipe()
        _ = cn_signal_ignore(SIGPIPE) // a closed tty or pipe must surface as EPIPE, not kill us mid-frame
        for sig in terminating { trap(sig, onTerminatingSignal) }
        trap(SIGCONT, onContinue)   // the screen is repainted at once after a stop
        trap(SIGWINCH, onResize)    // before newterm, so ncurses leaves SIGWINCH to us
        for sig in crashing where Int(sig) < slotCount && cn_flag_load(installed + Int(sig)) == 0 {
            if cn_signal_install_crash(sig, onCrash, previous + Int(sig)) == 0 { cn_flag_store(installed + Int(sig), 1) }
        }
    }

    /// Puts back the dispositions found by `install()`.
    static func uninstall() {
        disarm()
        for sig in terminating + [SIGCONT, SIGWINCH] + crashing where cn_flag_exchange(installed + Int(sig), 0) != 0 {
            _ = cn_signal_restore(sig, previous + Int(sig))
        }
    }

    /// Saves the shell's tty modes (call before `newterm` changes them).
    static func saveShellMode() {
        if tcgetattr(STDIN_FILENO, shellMode) == 0 { cn_flag_store(cells + 4, 1) }
    }

    /// Enables the emergency restore with the bytes that undo the session (sgr0, cnorm, rmcup…).
    static func arm(restoreSequence: [UInt8]) {
        let count = min(restoreSequence.count, restoreCapacity)
        restoreSequence.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(restoreBytes).copyMemory(from: bytes.baseAddress!, byteCount: count)
        }
        cn_flag_store(cells + 3, Int32(count))
        cn_flag_store(cells + 2, 1)
    }

    /// Turns the emergency restore off. Returns whether it was on (exactly one caller wins).
    @discardableResult
    static func disarm() -> Bool { cn_flag_exchange(cells + 2, 0) != 0 }

    /// The terminating signal received, if any. It stays set: the session is over.
    static var pendingSignal: Int32? {
        let sig = cn_flag_load(cells)
        return sig == 0 ? nil : sig
    }

    /// True once after each SIGCONT (the process was stopped; the screen needs repainting).
    static func takeContinued() -> Bool { cn_flag_exchange(cells + 1, 0) != 0 }

    /// From any thread: wakes the input wait and has the loop draw again (work finished elsewhere).
    static func requestRefresh() {
        cn_flag_store(cells + 8, 1)
        wake()
    }

    /// True once after one or more `requestRefresh` calls.
    static func takeRefresh() -> Bool { cn_flag_exchange(cells + 8, 0) != 0 }

    /// True once after one or more SIGWINCH (the tty's size may have changed).
    static func takeResized() -> Bool { cn_flag_exchange(cells + 5, 0) != 0 }

    /// Waits until `fd` is readable, a handled signal arrives, or `timeoutMs` passes (negative:
    /// no limit). Returns whether `fd` is readable or hung up.
    static func waitForInput(fd: Int32, timeoutMs: Int) -> Bool {
        cn_wait_input(fd, cn_flag_load(cells + 7), Int32(clamping: timeoutMs)) != 0
    }

    private static func openWakePipe() {
        guard cn_flag_load(cells + 7) < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard cn_wake_pipe_open(&fds) == 0 else { return } // without it a signal waits for the next key
        cn_flag_store(cells + 7, fds[0])
        cn_flag_store(cells + 6, fds[1])
    }

    // MARK: - Handlers (async-signal-safe code only)

    private static func trap(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void) {
        guard Int(sig) < slotCount, cn_flag_load(installed + Int(sig)) == 0 else { return }
        if cn_signal_install(sig, handler, previous + Int(sig)) == 0 {
            cn_flag_store(installed + Int(sig), 1)
        }
    }

    fileprivate static func emergencyRestore() {
        guard disarm() else { return }
        cn_emergency_restore(cn_flag_load(cells + 4) != 0 ? shellMode : nil, restoreBytes, Int(cn_flag_load(cells + 3)))
    }

    fileprivate static func noteTerminating(_ sig: Int32) {
        if cn_flag_exchange(cells, sig) != 0 {
            // Second signal: the loop has not reacted, so restore from here and leave.
            emergencyRestore()
            _exit(128 + sig)
        }
        wake()
    }

    fileprivate static func noteContinue() {
        cn_flag_store(cells + 1, 1)
        wake()
    }

    fileprivate static func noteResize() {
        cn_flag_store(cells + 5, 1)
        wake()
    }

    private static func wake() { cn_wake(cn_flag_load(cells + 6)) }

    fileprivate static func crash(_ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        emergencyRestore()
        cn_crash_forward(sig, info, context, previous + Int(sig)) // does not return
    }
}

private let onTerminatingSignal: @convention(c) (Int32) -> Void = { SignalTrap.noteTerminating($0) }
private let onContinue: @convention(c) (Int32) -> Void = { _ in SignalTrap.noteContinue() }
private let onResize: @convention(c) (Int32) -> Void = { _ in SignalTrap.noteResize() }
private let onCrash: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    SignalTrap.crash($0, $1, $2)
}

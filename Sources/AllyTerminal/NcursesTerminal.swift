#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AllyTUI
import CNcurses

/// The full-screen terminal: owns the ncurses session from `init` to `restore()`.
///
/// There is one per process (ncurses has one current screen), and every `init` that succeeds
/// is paired with `restore()`: by the run loop's `defer`, by an `atexit` hook for `exit()`
/// paths, and by `SignalTrap` for signals and crashes.
@MainActor
public final class NcursesTerminal {
    /// Colours in use, decided once at start-up.
    public let colorMode: ColorMode
    /// Whether the locale's codeset is UTF-8; false means the UI should draw ASCII only.
    public let supportsUnicode: Bool
    /// Which emoji sequences the terminal draws as one glyph (decided from the environment).
    public let emoji: EmojiSupport
    /// Current size in cells (updated when a resize event is read).
    public internal(set) var size: Size
    /// False after `restore()`.
    public private(set) var isActive = true

    let window: UnsafeMutablePointer<WINDOW>
    let options: Options
    var pairs: ColorPairs
    /// The frame on screen, or nil when the next `draw` must repaint everything.
    var lastFrame: Buffer?
    /// Consecutive reads that failed at once although they were allowed to wait (see `nextEvent`).
    var instantFailures = 0

    /// What the render function needs to know about this terminal.
    public var capabilities: RenderCapabilities {
        RenderCapabilities(colorMode: colorMode, unicode: supportsUnicode)
    }

    /// Opens the session, or throws a `TerminalError` (without touching the screen) when stdin
    /// or stdout is not a terminal or TERM is unset, `dumb` or unknown to terminfo.
    public init(options: Options = Options()) throws {
        self.options = options
        let term = try Self.checkEnvironment(options.environment)
        setlocale(LC_ALL, "")
        supportsUnicode = Self.localeIsUTF8()
        emoji = EmojiSupport.detect(options.environment)

        SignalTrap.install()
        SignalTrap.saveShellMode()
        // Size from the tty (ioctl) only. ncurses prefers exported LINES/COLUMNS (stale values,
        // or a harness's) even after SIGWINCH, pinning the size so every resize redraws at the
        // old one; use_env(false) turned out to disable the ioctl too, so drop the variables.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard cn_newterm(term) != nil, let window = cn_stdscr() else {
            SignalTrap.uninstall()
            throw TerminalError.initFailed(term)
        }
        self.window = window
        Self.registerExitHook()

        raw()            // keys arrive unprocessed: Ctrl-C/Ctrl-Z/Ctrl-S are ours, not the tty's
        noecho()
        nonl()           // no CR/LF translation: Enter is 13, and cursor motion can use LF
        keypad(window, true)
        Self.defineFallbackKeys()
        leaveok(window, true)   // the cursor is hidden; do not spend bytes moving it
        scrollok(window, false) // the bottom-right cell must never scroll the screen
        intrflush(window, false)
        curs_set(0)
        // No typeahead checks: our loop drains input before rendering anyway.
        typeahead(-1)
        // Until the screen has been suspended once, ncurses flushes after every cursor move
        // (its mvcur cannot tell our updates from a bare terminfo program's), so each frame
        // left as one write per row: ~100 writes for the first. Leaving curses mode and coming
        // back before anything is drawn, as a resume after Ctrl-Z does, turns on the normal
        // buffered output: a 120x40 frame now leaves in two or three writes.
        endwin()
        doupdate()
        set_escdelay(Int32(options.escapeDelayMs))

        let (mode, defaultColors) = Self.startColors(options)
        colorMode = mode
        pairs = ColorPairs(mode: mode, capacity: Int(cn_color_pairs()), defaultColors: defaultColors) { pair, fg, bg in
            init_pair(pair, fg, bg) == OK
        }
        if options.mouse {
            mousemask(MouseDecoder.reportedEvents, nil)
            mouseinterval(0) // report press and release at once; no click-resolution delay
        }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        SignalTrap.arm(restoreSequence: Self.restoreSequence(mouse: options.mouse))
    }

    /// Ends the session and gives the terminal back as it was: normal screen, cursor shown,
    /// mouse reporting off, shell tty modes. Safe to call more than once.
    public func restore() {
        guard isActive else { return }
        isActive = false
        if SignalTrap.disarm() { // false when a crash handler already restored the tty
            if options.mouse { mousemask(0, nil) }
            curs_set(1)
            endwin()
        }
        SignalTrap.uninstall()
    }

    /// The exit status the session should end with because of a signal (128 + signal), if any.
    /// A tty that went away without SIGHUP counts as SIGHUP.
    public var pendingExitStatus: Int32? {
        if let sig = SignalTrap.pendingSignal { return 128 + sig }
        return instantFailures >= Self.hangupThreshold ? 128 + SIGHUP : nil
    }

    /// Suspends the process like Ctrl-Z in a cooked terminal (raw mode delivers it as a key).
    ///
    /// ncurses' own SIGTSTP handler leaves curses mode, stops, and repaints on SIGCONT. When it
    /// is not installed (the shell started us with SIGTSTP ignored: no job control) nothing
    /// happens, which is the right outcome there too.
    public func suspend() {
        kill(getpid(), SIGTSTP)
    }

    // MARK: - Start-up helpers

    /// The size of the terminal on standard output, from the kernel, before any session opens
    /// (nil when it is not a terminal): enough to start preparing the first frame early.
    public nonisolated static func windowSize() -> Size? {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard isatty(STDOUT_FILENO) == 1, cn_tty_size(STDOUT_FILENO, &rows, &columns) == 0 else { return nil }
        return Size(width: Int(columns), height: Int(rows))
    }

    static func checkEnvironment(_ environment: [String: String]) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.stdinNotTerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.stdoutNotTerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.termNotSet }
        guard term != "dumb" else { throw TerminalError.termDumb }
        switch cn_probe_terminfo(term) {
        case 1: return term
        case -1: throw TerminalError.terminfoMissing
        case 2: throw TerminalError.terminalUnsupported(term)
        default: throw TerminalError.termUnknown(term)
        }
    }

    static func localeIsUTF8() -> Bool {
        guard let codeset = cn_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Starts colours unless NO_COLOR or the options forbid them; returns the mode and whether
    /// the terminal's own default colours are available (index -1).
    private static func startColors(_ options: Options) -> (ColorMode, Bool) {
        let noColor = options.environment["NO_COLOR"]
        // Decide before start_color: under NO_COLOR the terminal's palette is left untouched.
        guard ColorMode.detect(noColor: noColor, colorAllowed: options.color, hasColors: has_colors(), colors: .max) != .none,
              start_color() == OK else { return (.none, false) }
        let defaultColors = use_default_colors() == OK
        return (ColorMode.detect(noColor: noColor, hasColors: true, colors: Int(cn_colors())), defaultColors)
    }

    /// The bytes that undo the session, for the signal-safe path that cannot call `endwin`.
    private static func restoreSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx"] {
            if let value = cn_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
        }
        if mouse { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
        if let value = cn_tigetstr("rmcup") { bytes += Array(String(cString: value).utf8) }
        return bytes
    }

    private static var exitHookRegistered = false

    /// `exit()` from anywhere (an error path, ArgumentParser) still leaves curses mode.
    private static func registerExitHook() {
        guard !exitHookRegistered else { return }
        exitHookRegistered = true
        atexit {
            if SignalTrap.disarm() {
                curs_set(1)
                endwin()
            }
        }
    }
}

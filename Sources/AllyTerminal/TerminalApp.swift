import AllyTUI

/// The event loop shared by every full-screen program: read events, update state, render a
/// `Buffer`, draw the difference. It knows nothing about the app's state type.
@MainActor
public enum TerminalApp {
    /// How often `.tick` is delivered when nothing else happens (ticks update state but do not
    /// by themselves cause a redraw).
    public static let tickInterval: Duration = .milliseconds(250)
    /// The longest single wait for input, so a signal flag is seen within this time even if a
    /// platform's ncurses restarts its wait after the signal.
    static let maxWaitMs = 100
    /// Input events read in one batch before rendering (bounds a paste or a key-repeat storm).
    static let maxBatch = 512

    /// Opens the terminal, runs the loop and always restores the terminal.
    ///
    /// - `update` returns false to quit (status 0).
    /// - Ctrl-C quits with 130; any terminating signal (`SignalTrap.terminating`: INT, TERM, HUP,
    ///   QUIT, USR1, USR2, ALRM…) with 128 + signal; Ctrl-Z suspends.
    /// - Throws `TerminalError` when there is no usable terminal; nothing was drawn then.
    /// - Returns: the process exit status.
    public static func run<State>(
        options: NcursesTerminal.Options = NcursesTerminal.Options(),
        initial: State,
        update: (inout State, Event) -> Bool,
        render: (State, Size, RenderCapabilities) -> Buffer
    ) throws -> Int32 {
        let terminal = try NcursesTerminal(options: options)
        defer { terminal.restore() }
        return run(on: terminal, initial: initial, update: update, render: render)
    }

    /// Runs the loop on a terminal the caller opened (and will restore).
    ///
    /// The state first receives `.resize` with the terminal's size, so layout-dependent state
    /// (mouse hit areas, scroll limits) is right before the first frame.
    public static func run<State>(
        on terminal: NcursesTerminal,
        initial: State,
        update: (inout State, Event) -> Bool,
        render: (State, Size, RenderCapabilities) -> Buffer
    ) -> Int32 {
        var state = initial
        let capabilities = terminal.capabilities
        guard update(&state, .resize(terminal.size)) else { return 0 }
        terminal.draw(render(state, terminal.size, capabilities))

        let clock = ContinuousClock()
        var nextTick = clock.now + tickInterval
        while true {
            if let status = terminal.pendingExitStatus { return status }
            let batch = readBatch(terminal, until: nextTick, clock: clock)
            var events = batch
            if clock.now >= nextTick {
                events.append(.tick)
                nextTick = clock.now + tickInterval
            }
            guard !events.isEmpty else { continue }
            // A tick alone does not redraw: an idle explorer then costs no rendering at all.
            var needsFrame = false
            for event in events {
                switch event {
                case .key(.ctrl("c")):
                    return 130 // raw mode turns Ctrl-C into a key; answer it like SIGINT
                case .key(.ctrl("z")):
                    terminal.suspend()
                    needsFrame = true
                default:
                    guard update(&state, event) else { return 0 }
                    if event != .tick { needsFrame = true }
                }
            }
            if let status = terminal.pendingExitStatus { return status }
            if needsFrame { terminal.draw(render(state, terminal.size, capabilities)) }
        }
    }

    /// Waits for one event (at most until the next tick, capped at `maxWaitMs`), then drains
    /// everything already queued so a burst of keys costs one render, not one per key.
    private static func readBatch(_ terminal: NcursesTerminal, until deadline: ContinuousClock.Instant,
                                  clock: ContinuousClock) -> [Event] {
        let remaining = clock.now.duration(to: deadline)
        let waitMs = max(0, min(maxWaitMs, Int(remaining.components.seconds * 1000
            + remaining.components.attoseconds / 1_000_000_000_000_000)))
        guard let first = terminal.nextEvent(timeoutMs: waitMs) else { return [] }
        var events = [first]
        while events.count < maxBatch, let next = terminal.nextEvent(timeoutMs: 0) {
            events.append(next)
        }
        return events
    }
}

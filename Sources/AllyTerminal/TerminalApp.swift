import AllyTUI

/// The event loop shared by every full-screen program: read events, update the state, draw its
/// frame, send the frame's measurements back, run the effects the update asked for. It knows
/// nothing about the app's state type.
@MainActor
public enum TerminalApp {
    /// How long the loop waits for a first key before doing its idle work (building the search
    /// index); after that it sleeps until input, a resize or a signal: an idle explorer makes no
    /// system calls. Signals end the wait through `SignalTrap`'s wake pipe, which the wait polls
    /// beside the tty, so none is missed however close to the wait it lands.
    static let idleDelayMs = 50
    /// Input events read in one batch before rendering (bounds a paste or a key-repeat storm).
    static let maxBatch = 512

    /// From any thread: wakes the loop, which then draws a new frame (after `.refresh` reaches
    /// the update). For work finished off the loop, such as derived data the frame shows.
    public nonisolated static func requestRefresh() { SignalTrap.requestRefresh() }

    /// Opens the terminal, runs the loop and always restores the terminal.
    ///
    /// - `update` returns the effects to run; `.quit` ends the loop (status 0).
    /// - Ctrl-C quits with 130; any terminating signal (`SignalTrap.terminating`: INT, TERM, HUP,
    ///   QUIT, USR1, USR2, ALRM…) with 128 + signal; Ctrl-Z suspends.
    /// - Throws `TerminalError` when there is no usable terminal; nothing was drawn then.
    /// - Returns: the process exit status.
    public static func run<State>(
        options: NcursesTerminal.Options = NcursesTerminal.Options(),
        initial: State,
        update: (inout State, Event) -> [Effect],
        view: (State, Size, RenderCapabilities) -> Frame,
        idle: () -> Void = {}
    ) throws -> Int32 {
        let terminal = try NcursesTerminal(options: options)
        defer { terminal.restore() }
        return run(on: terminal, initial: initial, update: update, view: view, idle: idle)
    }

    /// Runs the loop on a terminal the caller opened (and will restore).
    ///
    /// The state first receives `.resize` with the terminal's size, then each frame's
    /// measurements as `.measured`, so scroll limits and click targets are known before the
    /// next key. `idle` runs once, when no key came within `idleDelayMs` of the first frame.
    public static func run<State>(
        on terminal: NcursesTerminal,
        initial: State,
        update: (inout State, Event) -> [Effect],
        view: (State, Size, RenderCapabilities) -> Frame,
        idle: () -> Void = {}
    ) -> Int32 {
        var state = initial
        let capabilities = terminal.capabilities
        func draw() {
            let frame = view(state, terminal.size, capabilities)
            terminal.draw(frame.buffer)
            if let measured = frame.measurements { _ = update(&state, .measured(measured)) }
        }
        if update(&state, .resize(terminal.size)).contains(.quit) { return 0 }
        draw()

        var idleDone = false
        while true {
            if let status = terminal.pendingExitStatus { return status }
            let events = readBatch(terminal, waitMs: idleDone ? -1 : idleDelayMs)
            guard !events.isEmpty else {
                if !idleDone { idle(); idleDone = true }
                continue
            }
            var needsFrame = false
            for event in events {
                switch event {
                case .key(.ctrl("c")):
                    return 130 // raw mode turns Ctrl-C into a key; answer it like SIGINT
                case .key(.ctrl("z")):
                    terminal.suspend()
                    needsFrame = true
                default:
                    for effect in update(&state, event) {
                        switch effect {
                        case .quit: return 0
                        case .copy(let text): terminal.copyToClipboard(text)
                        }
                    }
                    needsFrame = true
                }
            }
            if let status = terminal.pendingExitStatus { return status }
            if needsFrame { draw() }
        }
    }

    /// Waits for one event (`waitMs`, negative for as long as it takes), then drains everything
    /// already queued so a burst of keys costs one render, not one per key.
    private static func readBatch(_ terminal: NcursesTerminal, waitMs: Int) -> [Event] {
        guard let first = terminal.nextEvent(timeoutMs: waitMs) else { return [] }
        var events = [first]
        while events.count < maxBatch, let next = terminal.nextEvent(timeoutMs: 0) {
            events.append(next)
        }
        return events
    }
}

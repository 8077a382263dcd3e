import Foundation

/// A detached tmux session running one command, for end-to-end tests of full-screen programs.
///
/// Every session has its own tmux server (`-L` with a unique socket name, `-f /dev/null`), so
/// tests never see or change the user's tmux, run in parallel safely, and `kill()` removes the
/// server with the session. `remain-on-exit` keeps the pane after the command ends so the
/// screen it left behind can still be read.
///
/// The exit status is not read from `#{pane_dead_status}`: tmux 3.3 can mark the pane dead
/// (pty closed) before it has reaped the child, and we saw the status stay empty. Instead the
/// command runs under `sh -c` and the wrapper writes `$?` to a file.
public struct TmuxSession: Sendable {
    /// What went wrong talking to tmux; the messages carry the screen for failing tests.
    public enum Failure: Error, CustomStringConvertible {
        case tmuxNotFound
        case commandFailed(arguments: [String], status: Int32, output: String)
        case timedOut(waitingFor: String, screen: String)

        public var description: String {
            switch self {
            case .tmuxNotFound:
                return "tmux is not installed (not found in PATH)"
            case .commandFailed(let arguments, let status, let output):
                return "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
            case .timedOut(let what, let screen):
                return "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    /// Session and socket name (the same string: one server per session).
    public let name: String
    /// Pane size in cells.
    public let width: Int, height: Int
    private let tmux: String
    /// Where the wrapper writes the command's exit status.
    private let statusPath: String

    /// The tmux executable found in PATH, or nil.
    public static let executable: String? = Executables.find("tmux")

    /// Whether tests that need tmux should run; use with `.enabled(if:)` so they show as skipped
    /// where tmux is missing. Under CI (`CI` set and non-empty) they always run, so a missing
    /// tmux fails them with `tmuxNotFound` instead of passing silently.
    public static var isAvailable: Bool { executable != nil || isCI }

    /// `isAvailable` for a test that also runs `tools` in the pane (e.g. `script`): under CI it
    /// always runs, so a missing tool fails it too rather than skipping it.
    public static func isAvailable(with tools: String...) -> Bool {
        isCI || (executable != nil && tools.allSatisfy { Executables.find($0) != nil })
    }

    /// Whether the environment variable CI is set and non-empty.
    public static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// How long `waitFor` waits between two captures.
    public static let pollInterval: TimeInterval = 0.04

    /// Starts `command` (run by `/bin/sh -c`) in a new detached `width`×`height` session.
    ///
    /// `environment` is added to the command's environment; `term` becomes its TERM.
    /// NO_COLOR is not inherited (`swift test` sets it for its own output); pass it in
    /// `environment` to test it.
    public init(command: String, width: Int = 80, height: Int = 24,
                environment: [String: String] = [:], term: String = "tmux-256color") throws {
        guard let tmux = Self.executable else { throw Failure.tmuxNotFound }
        self.tmux = tmux
        self.width = width
        self.height = height
        name = Self.uniqueName()
        statusPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).status").path
        unlink(statusPath)
        var environment = environment
        environment[Self.commandVariable] = command
        environment[Self.statusVariable] = statusPath
        // One command list, so the options are in place before the command can exit.
        var arguments = [
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "set-option", "-g", "status", "off", ";", // the status line would take a row
            "set-option", "-g", "default-shell", "/bin/sh", ";",
            "set-option", "-g", "default-terminal", term, ";",
            "set-option", "-g", "default-size", "\(width)x\(height)", ";",
            "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
        ]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        // The command travels in the environment, so it needs no quoting here.
        arguments.append("/bin/sh -c \"$\(Self.commandVariable)\"; echo $? > \"$\(Self.statusVariable)\"")
        try run(arguments)
    }

    private static let commandVariable = "ALLYMAP_TMUX_COMMAND"
    private static let statusVariable = "ALLYMAP_TMUX_STATUS_FILE"

    /// Sends keys by tmux name ("q", "Enter", "Up", "C-c", "F5"); each argument is one key or word.
    public func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types `text` literally (no key-name lookup).
    public func sendText(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    /// Sends raw bytes as if typed (e.g. a mouse report), bypassing key names.
    public func sendHex(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", name, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// The pane's visible text, one line per row (trailing blanks trimmed by tmux).
    ///
    /// `joinWrapped` joins lines the terminal wrapped (plain output); never use it for a
    /// full-screen program: ncurses lets the cursor wrap, so rows would merge.
    /// `history` prepends the scrollback. Needed after the command exits: tmux prints
    /// "Pane is dead" on the last row, which scrolls the top line off the visible screen.
    public func capture(joinWrapped: Bool = false, history: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", name] + (joinWrapped ? ["-J"] : []) + (history ? ["-S", "-"] : []))
    }

    /// Polls the screen until it contains `text` in a complete frame; returns that screen or
    /// throws with the last one.
    ///
    /// Complete means stable: the same capture on two consecutive polls `pollInterval` apart, so
    /// a frame tmux has only partly received (a half-drawn map under load) is never returned.
    /// With `fullScreen` the last row must also be drawn (the status bar of a full-screen
    /// program, written last). Never a fixed sleep: a fast machine waits only one interval.
    @discardableResult
    public func waitFor(text: String, joinWrapped: Bool = false, history: Bool = false, fullScreen: Bool = false,
                        timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = "", previous: String?
        repeat {
            screen = try capture(joinWrapped: joinWrapped, history: history)
            if text.isEmpty || screen.contains(text), screen == previous, !fullScreen || Self.lastRowDrawn(screen) { return screen }
            previous = screen
            Thread.sleep(forTimeInterval: Self.pollInterval)
        } while ContinuousClock.now < deadline
        let what = "\"\(text)\"" + (fullScreen ? " in a complete full-screen frame" : " in a stable frame")
        throw Failure.timedOut(waitingFor: what, screen: screen)
    }

    /// Waits until the screen stops changing (and, with `fullScreen`, its last row is drawn),
    /// e.g. after a resize whose frame must land before the screen is checked.
    @discardableResult
    public func waitForStableFrame(fullScreen: Bool = true, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor(text: "", fullScreen: fullScreen, timeout: timeout)
    }

    /// Whether the last row of a capture holds anything but blanks.
    static func lastRowDrawn(_ screen: String) -> Bool {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if rows.last == "" { rows.removeLast() } // the newline that ends the capture
        return rows.last.map { !$0.allSatisfy { $0 == " " } } ?? false
    }

    /// The command's exit status once it has ended: its exit code, or 128 + signal if a signal
    /// killed it (the shell's convention). Nil while it still runs.
    public func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8), text.hasSuffix("\n") else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the command to end and returns its exit status.
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        repeat {
            if let status = exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.02)
        } while ContinuousClock.now < deadline
        throw Failure.timedOut(waitingFor: "the command to exit", screen: (try? capture()) ?? "")
    }

    /// Resizes the window (and so the pane); the program gets SIGWINCH.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Lets the program set tmux's clipboard with OSC 52, each copy a new paste buffer that
    /// `clipboard()` reads (tmux's default ignores copies from programs).
    public func acceptClipboard() throws {
        try run(["set-option", "-g", "set-clipboard", "on"])
    }

    /// The text the program last copied with OSC 52 (after `acceptClipboard()`); nil if none.
    public func clipboard() -> String? {
        try? run(["show-buffer"])
    }

    /// Ends the session and its server, and removes the socket file tmux leaves behind.
    /// Safe to call more than once.
    public func kill() {
        let socket = try? format("#{socket_path}")
        _ = try? run(["kill-server"])
        if let socket, socket.hasSuffix("/\(name)") { unlink(socket) }
        unlink(statusPath)
    }

    // MARK: - Helpers

    private func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let full = ["-L", name, "-f", "/dev/null"] + arguments
        let (status, output) = try Executables.run(tmux, full, environment: Self.tmuxEnvironment)
        guard status == 0 else { throw Failure.commandFailed(arguments: full, status: status, output: output) }
        return output
    }

    /// Our environment without the variables that would tie tmux to an enclosing session, or
    /// that the test runner set for itself.
    private static var tmuxEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "NO_COLOR"] { environment[name] = nil }
        return environment
    }

    private static let counter = Counter()

    private static func uniqueName() -> String {
        "allymap-test-\(getpid())-\(counter.next())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Session numbers within this process (tests run in parallel).
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

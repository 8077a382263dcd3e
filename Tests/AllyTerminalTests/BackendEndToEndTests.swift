import AllyTestSupport
import Foundation
import Testing

/// The AllyTerminal backend driven through `termdemo` (TerminalApp.run + NcursesTerminal) in
/// tmux: keys, mouse, resize, colours, and a restored terminal after every way of exiting.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BackendEndToEndTests {
    static let ready = "TERMDEMO READY"

    func start(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> (TmuxSession, String) {
        let session = try Harness.launch("termdemo", width: width, height: height, environment: environment)
        return (session, try session.waitFor(text: Self.ready))
    }

    // MARK: - Normal use

    @Test func keysAreDecodedAndQQuitsWithZero() throws {
        let (session, screen) = try start()
        defer { session.kill() }
        #expect(screen.contains("event 1: resize 80x24")) // the loop's initial size event
        #expect(screen.contains("漢字"))
        try session.sendKeys("x")
        try session.waitFor(text: "event 2: char x")
        try session.sendKeys("Up", "BTab", "F5", "Escape", "Enter", "C-a", "NPage", "Home")
        let keys = try session.waitFor(text: "event 10: key home")
        for expected in ["key up", "key backTab", "key function(5)", "key escape", "key enter", "key ctrl(\"a\")", "key pageDown"] {
            #expect(keys.contains(expected), "\(expected) missing:\n\(keys)")
        }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        try Harness.expectRestored(session, hidden: Self.ready)
    }

    @Test func arrowsDecodeInBothCursorModes() throws {
        let (session, _) = try start()
        defer { session.kill() }
        try session.sendHex([0x1B, 0x5B, 0x41]) // ESC [ A: normal cursor mode
        try session.waitFor(text: "event 2: key up")
        try session.sendHex([0x1B, 0x4F, 0x42]) // ESC O B: application mode
        try session.waitFor(text: "event 3: key down")
        try session.sendHex([0x1B]) // a lone Esc is a key after ESCDELAY, not a prefix forever
        try session.waitFor(text: "event 4: key escape")
    }

    @Test func bottomRightCellIsDrawnWithoutScrolling() throws {
        let (session, screen) = try start()
        defer { session.kill() }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(Self.ready) == true, "screen scrolled:\n\(screen)")
        #expect(lines.count >= 24 && lines[23].hasSuffix("s stalls"), "last row:\n\(screen)")
    }

    @Test func mouseClicksAndWheelArrive() throws {
        let (session, _) = try start()
        defer { session.kill() }
        // X10 mouse reports as tmux-256color's kmous (\E[M) defines: button+32, x+33, y+33.
        try session.sendHex([0x1B, 0x5B, 0x4D, 32, 33 + 4, 33 + 2])
        try session.waitFor(text: "mouse press 4,2")
        try session.sendHex([0x1B, 0x5B, 0x4D, 32 + 3, 33 + 4, 33 + 2])
        try session.waitFor(text: "mouse release 4,2")
        try session.sendHex([0x1B, 0x5B, 0x4D, 32 + 64, 33 + 10, 33 + 5])
        try session.waitFor(text: "mouse wheelUp 10,5")
        try session.sendHex([0x1B, 0x5B, 0x4D, 32 + 65, 33 + 10, 33 + 5])
        try session.waitFor(text: "mouse wheelDown 10,5")
    }

    @Test func resizeRedrawsAtTheNewSize() throws {
        // Exported LINES/COLUMNS must not pin the size (ncurses would prefer them to the tty's).
        let (session, _) = try start(environment: ["LINES": "24", "COLUMNS": "80"])
        defer { session.kill() }
        try session.resize(width: 100, height: 30)
        try session.waitFor(text: "resize 100x30")
        try session.resize(width: 40, height: 10)
        let small = try session.waitFor(text: "resize 40x10")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func stopAndContinueRepaints() throws {
        let (session, screen) = try start()
        defer { session.kill() }
        let pid = try Harness.pid(on: screen)
        kill(pid, SIGSTOP)
        kill(pid, SIGCONT)
        try session.waitFor(text: "event 2: resize 80x24") // SIGCONT forces a full repaint
        try session.sendKeys("k")
        try session.waitFor(text: "event 3: char k")
    }

    // MARK: - Capabilities

    @Test(arguments: [
        (["NO_COLOR": "1"], "colors none"),
        (["TERM": "xterm"], "colors 8"),
        ([:], "colors 256"),
        (["LC_ALL": "C"], "unicode false"),
        (["LC_ALL": "C.UTF-8"], "unicode true"),
    ])
    func capabilitiesFollowTheEnvironment(environment: [String: String], expected: String) throws {
        let (session, screen) = try start(environment: environment)
        defer { session.kill() }
        #expect(screen.contains(expected), "\(environment):\n\(screen)")
    }

    // MARK: - Every way out restores the terminal

    @Test func ctrlCExits130() throws {
        let (session, _) = try start()
        defer { session.kill() }
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 130)
        try Harness.expectRestored(session, hidden: Self.ready)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGQUIT, 131)] as [(Int32, Int32)])
    func signalsRestoreAndExitWithTheConventionalStatus(signal: Int32, status: Int32) throws {
        let (session, screen) = try start()
        defer { session.kill() }
        kill(try Harness.pid(on: screen), signal)
        #expect(try session.waitForExit() == status)
        try Harness.expectRestored(session, hidden: Self.ready)
    }

    @Test func secondSignalWhileTheLoopIsStuckStillRestores() throws {
        let (session, screen) = try start()
        defer { session.kill() }
        let pid = try Harness.pid(on: screen)
        try session.sendKeys("s") // termdemo busy-waits 3 s inside update
        Thread.sleep(forTimeInterval: 0.3)
        kill(pid, SIGTERM)         // only flagged: the loop is not reading
        Thread.sleep(forTimeInterval: 0.2)
        kill(pid, SIGTERM)         // the handler's async-signal-safe restore + _exit
        #expect(try session.waitForExit(timeout: .seconds(2)) == 143)
        try Harness.expectRestored(session, hidden: Self.ready)
    }

    @Test func crashRestoresTheTerminalFirst() throws {
        let (session, _) = try start(environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { session.kill() }
        try session.sendKeys("!") // fatalError: SIGILL on x86-64, SIGTRAP on arm64
        let status = try session.waitForExit()
        #expect([132, 133].contains(status), "status \(status)")
        try Harness.expectRestored(session, hidden: Self.ready)
    }

    // MARK: - Refusing to start

    @Test(arguments: [
        (["TERM": "dumb"], "", "TERM=dumb"),
        (["TERM": "vt9000-nonexistent"], "", "'vt9000-nonexistent' is not known"),
        ([:], "> /dev/null", "standard output is not a terminal"),
        ([:], "< /dev/null", "standard input is not a terminal"),
    ])
    func refusesWithoutATerminalAndExits2(environment: [String: String], redirect: String, message: String) throws {
        let session = try Harness.launch("termdemo", environment: environment, redirect: redirect)
        defer { session.kill() }
        #expect(try session.waitForExit() == 2)
        let screen = try session.waitFor(text: Harness.restored, joinWrapped: true, history: true)
        #expect(screen.contains(message), "\(screen)")
        #expect(screen.contains("allymap list"))
    }
}

import AllyTestSupport
import Foundation
import Testing

/// The bare-ncurses floor program in a real terminal (tmux): it must start, echo keys and
/// always give the terminal back, or its ttyprobe numbers mean nothing.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FloorEndToEndTests {
    @Test func echoesKeysAndQuitsWithZero() throws {
        let session = try Harness.launch("floor", width: 120, height: 40)
        defer { session.kill() }
        let screen = try session.waitFor(text: "FLOOR READY")
        #expect(screen.contains("120x40"))
        try session.sendKeys("x")
        try session.waitFor(text: "key 1: char 120")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        try Harness.expectRestored(session, hidden: "FLOOR READY")
    }

    @Test func sigtermRestoresAndExits143() throws {
        let session = try Harness.launch("floor")
        defer { session.kill() }
        let pid = try Harness.pid(on: session.waitFor(text: "FLOOR READY"))
        kill(pid, SIGTERM)
        #expect(try session.waitForExit() == 143)
        try Harness.expectRestored(session, hidden: "FLOOR READY")
    }
}

import AllyTestSupport
import Foundation
import Testing

/// The claims board and the navigation fixes in the real binary, in a real (tmux) terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ClaimsBoardEndToEndTests {
    static func session(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try TmuxSession(command: "exec \(CLI.binary.path)", width: width, height: height)
    }

    /// C opens Israel's claims with their counts; m shows the mixed ones; Enter, then Enter on an
    /// item, lands on the map with the item's actor selected; C comes back to that claim.
    @Test func boardFilterEvidenceAndBackToTheMap() throws {
        let s = try Self.session(width: 80, height: 24)
        defer { s.kill() }
        _ = try s.waitFor(text: "Middle East map", fullScreen: true)
        try s.sendKeys("C")
        let board = try s.waitFor(text: "Claims about Israel", fullScreen: true)
        #expect(board.contains("supported") && board.contains("needs judgement"))
        try s.sendKeys("m")
        let mixed = try s.waitFor(text: "MIXED ·", fullScreen: true)
        #expect(!mixed.contains("SUPPORTED ·"), "only the mixed claims are listed")
        try s.sendKeys("Enter")
        var page = try s.waitFor(text: "FOR ·", fullScreen: true)
        // Down to the first item that says where Enter goes ("→ Israel"), then Enter.
        for _ in 0..<30 where !Self.cursorLine(page).contains("→") {
            let before = Self.cursorLine(page)
            try s.sendKeys("Down")
            page = try Self.waitForCursorMove(s, from: before)
        }
        #expect(Self.cursorLine(page).contains("→"))
        try s.sendKeys("Enter")
        let map = try s.waitFor(text: "C returns to the claim", fullScreen: true)
        #expect(map.contains(" map "), "back on the map")
        try s.sendKeys("C")
        _ = try s.waitFor(text: "FOR ·", fullScreen: true)
        try s.sendKeys("Escape", "Escape")
        _ = try s.waitFor(text: "Middle East map", fullScreen: true)
        try s.sendKeys("q")
        #expect(try s.waitForExit() == 0)
    }

    /// The first line of the item under the cursor bar.
    static func cursorLine(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("▌") }.map(String.init) ?? ""
    }

    static func waitForCursorMove(_ s: TmuxSession, from old: String) throws -> String {
        let end = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < end {
            let screen = try s.capture()
            if cursorLine(screen) != old { return screen }
            Thread.sleep(forTimeInterval: 0.04)
        }
        return try s.capture()
    }

    /// `/china Enter c jap Enter` used to open Taiwan's detail; now it asks whom to compare Japan with.
    @Test func compareWithAnAdversarySelectedAsksForAnAlly() throws {
        let s = try Self.session()
        defer { s.kill() }
        _ = try s.waitFor(text: "Middle East map", fullScreen: true)
        try s.sendKeys("/")
        try s.sendText("china")
        _ = try s.waitFor(text: "China (CN)", fullScreen: true)
        try s.sendKeys("Enter")
        _ = try s.waitFor(text: "Asia map", fullScreen: true)
        try s.sendKeys("c")
        _ = try s.waitFor(text: "compare which ally?", fullScreen: true)
        try s.sendText("jap")
        _ = try s.waitFor(text: "Japan (JP)", fullScreen: true)
        try s.sendKeys("Enter")
        let prompt = try s.waitFor(text: "compare Japan with:", fullScreen: true)
        #expect(!prompt.contains("— detail"), "no detail view opened")
        try s.sendKeys("Escape", "q")
        #expect(try s.waitForExit() == 0)
    }
}

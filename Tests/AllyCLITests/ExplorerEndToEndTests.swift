import AllyTestSupport
import Foundation
import Testing

/// The real binary in a real (tmux) terminal: keys in, screen out, terminal restored after.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ExplorerEndToEndTests {
    /// Runs allymap inside a shell that records the tty mode before and after, and the exit status.
    struct Run {
        let session: TmuxSession
        let dir: String

        /// `shell` runs first in the wrapper shell (e.g. `ulimit -c 0` before a crash).
        init(width: Int = 120, height: Int = 40, args: String = "", environment: [String: String] = [:], shell: String = "") throws {
            dir = try CLI.tempDir()
            let inner = "echo $$ > \(dir)/pid; exec \(CLI.binary.path) \(args)"
            let script = "\(shell)stty -g > \(dir)/before; sh -c '\(inner)'; echo $? > \(dir)/status; stty -g > \(dir)/after.tmp; mv \(dir)/after.tmp \(dir)/after"
            session = try TmuxSession(command: script, width: width, height: height, environment: environment)
        }

        func file(_ name: String) -> String? {
            (try? String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// Waits for the shell to record the status, then checks the tty mode is as it was.
        /// (`after` is written under another name and renamed, so it is never read half-written.)
        func finish(timeout: Duration = .seconds(10)) throws -> Int32? {
            let clock = ContinuousClock()
            let end = clock.now + timeout
            while file("after") == nil && clock.now < end { Thread.sleep(forTimeInterval: 0.05) }
            #expect(file("before") != nil && file("before") == file("after"),
                    "terminal modes were not restored: before \(file("before") ?? "-") after \(file("after") ?? "-")")
            return file("status").flatMap { Int32($0) }
        }

        func pid() -> Int32? { file("pid").flatMap { Int32($0) } }
    }

    @Test func regionsArrowsSearchAndQuit() throws {
        let run = try Run()
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("2")
        let europe = try run.session.waitFor(text: "Europe map", fullScreen: true)
        #expect(europe.contains("Poland"))
        let before = try selectedName(europe)
        try run.session.sendKeys("Right")
        let after = try waitForChange(run.session, from: before)
        #expect(after != before, "the arrow moved the selection")
        try run.session.sendKeys("/")
        try run.session.sendText("jap")
        _ = try run.session.waitFor(text: "Japan (JP)", fullScreen: true)
        try run.session.sendKeys("Enter")
        let asia = try run.session.waitFor(text: "Asia map", fullScreen: true)
        #expect(try selectedName(asia) == "Japan")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
        let screen = try run.session.capture()
        #expect(!screen.contains("Asia map"), "the alternate screen was left")
    }

    /// The tour as a reader walks it: six steps to ¶6, out to explore, back where it was.
    @Test func tourWalksToParagraphSixLeavesAndResumes() throws {
        let run = try Run()
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("T")
        _ = try run.session.waitFor(text: "¶0 · World", fullScreen: true)
        for n in 1...6 {
            try run.session.sendKeys("Right")
            _ = try run.session.waitFor(text: "map · ¶\(n) ", fullScreen: true)
        }
        let six = try run.session.waitFor(text: "¶6 · Europe", fullScreen: true)
        #expect(six.contains("Europe map · ¶6"), "Europe is framed")
        #expect(six.contains("Russia"), "Russia is labelled on the framed map")
        let selected = try selectedName(six)
        try run.session.sendKeys("x")
        let explored = try run.session.waitFor(text: "T tour", fullScreen: true)
        #expect(explored.contains("Europe map"), "leaving keeps the region")
        // The card and the framed title are gone (the Claims pane may still cite ¶6 claims).
        #expect(!explored.contains("map · ¶6") && !explored.contains("Tour —"))
        #expect(try selectedName(explored) == selected, "leaving keeps the selection")
        try run.session.sendKeys("T")
        _ = try run.session.waitFor(text: "¶6 · Europe", fullScreen: true)
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    /// `s` lists the scenarios, us-retrenchment is picked, the banner names it; `S` clears it.
    @Test func whatIfListBannerAndBackToTheBaseline() throws {
        let run = try Run(width: 80, height: 24, environment: ["XDG_CONFIG_HOME": try CLI.tempDir()])
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("s")
        let list = try run.session.waitFor(text: "What-if scenarios", fullScreen: true)
        #expect(list.contains("us-retrenchment") && list.contains("the US honours 40 % of its commitments"))
        // Presets are listed in catalog order: baseline, hedged, us-retrenchment.
        try run.session.sendKeys("Down", "j", "Enter")
        let applied = try run.session.waitFor(text: "WHAT-IF", fullScreen: true)
        let banner = applied.split(separator: "\n")[1]
        #expect(banner.contains("us-retrenchment") && banner.contains("the US honours 40 %"), "\(banner)")
        #expect(!applied.contains("What-if scenarios"), "the list closed")
        try run.session.sendKeys("S")
        let cleared = try run.session.waitFor(text: "baseline: the data as it is", fullScreen: true)
        #expect(!cleared.contains("WHAT-IF"), "the banner went with the scenario")
        #expect(cleared.split(separator: "\n")[1].hasPrefix("┌ Middle East map"), "the map is back on the second row")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let run = try Run(width: 80, height: 24)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("C-c")
        #expect(try run.finish() == 130)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let run = try Run(width: 80, height: 24)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        let pid = try #require(run.pid())
        kill(pid, SIGTERM)
        #expect(try run.finish() == 143)
    }

    @Test func tooSmallThenGrowing() throws {
        let run = try Run(width: 50, height: 15)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Terminal too small")
        try run.session.resize(width: 100, height: 30)
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    @Test func notATerminalPointsToTheTextCommands() throws {
        let r = try CLI.run([])
        #expect(r.status == 2)
        #expect(r.stderr.contains("allymap list"))
        let dumb = try CLI.run([], environment: ["TERM": "dumb"])
        #expect(dumb.status == 2)
    }

    /// The selected ally's name, shown in the map pane's bottom border (`└──── Japan ─┘`).
    func selectedName(_ screen: String) throws -> String {
        for line in screen.split(separator: "\n") where line.hasPrefix("└") {
            guard let end = line.firstIndex(of: "┘") else { continue }
            // The name is the border's last words: the legend may come first ("└ ● high … ── Japan ─┘").
            let parts = line[..<end].split(separator: "─", omittingEmptySubsequences: true)
            return (parts.last.map(String.init) ?? "").replacingOccurrences(of: "└", with: "").trimmingCharacters(in: .whitespaces)
        }
        return ""
    }

    func waitForChange(_ session: TmuxSession, from old: String) throws -> String {
        let clock = ContinuousClock()
        let end = clock.now + .seconds(5)
        while clock.now < end {
            let name = try selectedName(session.capture())
            if name != old && !name.isEmpty { return name }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return old
    }
}

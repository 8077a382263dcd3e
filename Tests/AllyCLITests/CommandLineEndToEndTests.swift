import AllyTestSupport
import Foundation
import Testing

/// The `:` command line on the real binary in tmux: completion, history across restarts, the
/// scenario banner, `:export` against the screen, and the history file under kill -9, junk and
/// an unwritable directory. Every run has its own XDG_STATE_HOME, so the user's is never touched.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct CommandLineEndToEndTests {
    typealias Run = ExplorerEndToEndTests.Run

    /// A fresh state home and the environment that points allymap at it.
    static func stateHome() throws -> (dir: String, env: [String: String]) {
        let dir = try CLI.tempDir()
        return (dir, ["XDG_STATE_HOME": dir])
    }

    static func historyLines(_ state: String) -> [String]? {
        (try? String(contentsOfFile: "\(state)/allymap/history", encoding: .utf8))?.split(separator: "\n").map(String.init)
    }

    /// Opens the command line, types `text` and, unless `enter` is false, runs it.
    static func command(_ session: TmuxSession, _ text: String, enter: Bool = true) throws {
        try session.sendKeys(":")
        try session.sendText(text)
        if enter { try session.sendKeys("Enter") }
    }

    /// The last row of a screen.
    static func bottom(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    // MARK: - Completion and history

    @Test func tabCompletesEnterSelectsAndTheHistorySurvivesARestart() throws {
        let (state, env) = try Self.stateHome()
        do {
            let run = try Run(environment: env)
            defer { run.session.kill() }
            _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
            try Self.command(run.session, "mark j")
            _ = try run.session.waitFor(text: "mark j: Middle East · Israel", fullScreen: true)
            try Self.command(run.session, "goto jap", enter: false)
            try run.session.sendKeys("Tab")
            let completed = try run.session.waitFor(text: ":goto Japan", fullScreen: true)
            #expect(Self.bottom(completed).hasPrefix(":goto Japan"))
            try run.session.sendKeys("Enter")
            let asia = try run.session.waitFor(text: "Asia map", fullScreen: true)
            #expect(try ExplorerEndToEndTests().selectedName(asia) == "Japan")
            try run.session.sendKeys("q")
            #expect(try run.finish() == 0)
        }
        #expect(Self.historyLines(state) == ["mark j", "goto Japan"])
        // A second run with the same state home: ↑ recalls the goto, 'j goes back to the mark.
        let run = try Run(environment: env)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys(":", "Up")
        let recalled = try run.session.waitFor(text: ":goto Japan", fullScreen: true)
        #expect(Self.bottom(recalled).hasPrefix(":goto Japan"))
        try run.session.sendKeys("Enter")
        _ = try run.session.waitFor(text: "Asia map", fullScreen: true)
        try run.session.sendKeys("'", "j")
        let back = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        #expect(try ExplorerEndToEndTests().selectedName(back) == "Israel")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    @Test func aTypoIsExplainedOnTheCommandRow() throws {
        let (_, env) = try Self.stateHome()
        let run = try Run(width: 80, height: 24, environment: env)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try Self.command(run.session, "goto jpan")
        let screen = try run.session.waitFor(text: "did you mean Japan?", fullScreen: true)
        #expect(Self.bottom(screen).hasPrefix(":goto jpan"))
        #expect(screen.contains("Middle East map"), "nothing moved")
        try run.session.sendKeys("Escape")
        _ = try run.session.waitFor(text: "1 2 3 0 region", fullScreen: true)
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    // MARK: - Commands

    @Test func scenarioShowsTheBanner() throws {
        let (_, env) = try Self.stateHome()
        let run = try Run(environment: env)
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try Self.command(run.session, "scenario us-retrenchment")
        let screen = try run.session.waitFor(text: "WHAT-IF", fullScreen: true)
        #expect(screen.split(separator: "\n")[1].contains("us-retrenchment"), "the banner names it")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    /// The brief's table holds the rows the ally table shows: every ally, its four scores (with the
    /// * of unknown inputs), risk band, risk level and change; and it explains the selected ally.
    @Test func exportWritesABriefWhoseTableMatchesTheScreen() throws {
        let (_, env) = try Self.stateHome()
        let work = try CLI.tempDir()
        let run = try Run(args: "--region asia", environment: env, shell: "cd \(work); ")
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Asia map", fullScreen: true)
        try Self.command(run.session, "scenario us-retrenchment")
        _ = try run.session.waitFor(text: "WHAT-IF", fullScreen: true)
        try Self.command(run.session, "sort risk")
        _ = try run.session.waitFor(text: "risk, highest first", fullScreen: true)
        try Self.command(run.session, "export brief.md")
        let screen = try run.session.waitFor(text: "wrote brief.md and brief.map.svg", fullScreen: true)
        let brief = try String(contentsOfFile: "\(work)/brief.md", encoding: .utf8)
        #expect(FileManager.default.fileExists(atPath: "\(work)/brief.map.svg"))
        #expect(brief.contains("under “us-retrenchment”"))
        let header = try #require(brief.split(separator: "\n").first { $0.hasPrefix("| Ally |") })
        #expect(header.hasPrefix("| Ally | Reliance | Commitment | Exposure | Risk | Δ risk | Risk level |"), "\(header)")
        let rows = brief.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Ally") && !$0.hasPrefix("| :") }
            .prefix { !$0.hasPrefix("| Component") }
        // Table rows: the first cell of the screen row (the table's frame) ends in the Known column's %.
        let tableRows = screen.split(separator: "\n").filter { line in
            line.hasPrefix("│ ") && (line.dropFirst().split(separator: "│").first.map { $0.trimmingCharacters(in: .whitespaces).hasSuffix("%") } ?? false)
        }
        #expect(rows.count == 7 && tableRows.count == rows.count, "brief \(rows.count) rows, screen \(tableRows.count)")
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = cells[0]
            let line = try #require(tableRows.first { $0.hasPrefix("│ \(name) ") }, "\(name) is not in the table on screen")
            var shown = line.dropFirst(2 + name.count).split(separator: "│")[0].split(separator: " ").map(String.init)
            // Every figure of the brief's row is in the screen's row (the orders of the columns differ).
            var expected = (1...4).map { Self.scoreOf(cells[$0]) } + [cells[5], cells[6].components(separatedBy: " → ").last!]
            if let band = Self.bandOf(cells[4]) { expected.append(band) }
            for figure in expected {
                guard let i = shown.firstIndex(of: figure) else {
                    Issue.record("\(name): \(figure) from the brief is not on screen: \(line)")
                    continue
                }
                shown.remove(at: i)
            }
        }
        // The brief explains the ally the table's cursor is on (the first after the sort).
        let selected = Self.paneSubject(screen)
        #expect(!selected.isEmpty && brief.contains("### \(selected)"), "the brief does not explain \(selected)")
        // A write that fails reopens the line with the reason; Esc closes it.
        try Self.command(run.session, "export no-such-dir/brief.md")
        let failed = try run.session.waitFor(text: "No such file or directory", fullScreen: true)
        #expect(Self.bottom(failed).hasPrefix(":export no-such-dir/brief.md"))
        try run.session.sendKeys("Escape", "q")
        #expect(try run.finish() == 0)
    }

    /// The ally the panes describe: "Taiwan" from the pane line "│Taiwan · Asia · ally".
    static func paneSubject(_ screen: String) -> String {
        for line in screen.split(separator: "\n") {
            guard let tag = line.range(of: " · Asia · ally") else { continue }
            let before = line[..<tag.lowerBound]
            return before.split(separator: "│").last.map(String.init) ?? ""
        }
        return ""
    }

    /// "69\\* (48–78)" in the brief → "69*" as the table shows it; a range alone stays.
    static func scoreOf(_ cell: String) -> String {
        let plain = cell.replacingOccurrences(of: "\\*", with: "*")
        return plain.components(separatedBy: " (").first ?? plain
    }

    /// "51\\* (49–56)" → "49–56"; nil without a band.
    static func bandOf(_ cell: String) -> String? {
        guard let open = cell.range(of: " ("), let close = cell.range(of: ")", range: open.upperBound..<cell.endIndex) else { return nil }
        return String(cell[open.upperBound..<close.lowerBound])
    }

    // MARK: - The history file

    /// The explorer killed with SIGKILL at random moments while it saves its history leaves the
    /// file old or new, never broken (each kill is a fresh run; 8 here).
    @Test func historySurvivesKillNineDuringWrites() throws {
        let (state, env) = try Self.stateHome()
        var rng = SystemRandomNumberGenerator()
        var previous: [String] = []
        for round in 0..<8 {
            let run = try Run(width: 80, height: 24, environment: env)
            defer { run.session.kill() }
            _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
            let pid = try #require(run.pid())
            // One command saved first, so the kill lands while the burst after it is being saved.
            try run.session.sendText(":filter r\(round)-start\r")
            try Self.waitUntil { Self.historyLines(state)?.last == "filter r\(round)-start" }
            // A burst of distinct commands, each saving the whole history, then a kill mid-burst.
            let burst = (0..<25).map { ":filter r\(round)-\($0)\r" }.joined()
            try run.session.sendText(burst)
            usleep(UInt32.random(in: 0...80_000, using: &rng))
            kill(pid, SIGKILL)
            _ = try run.session.waitForExit()
            let lines = try #require(Self.historyLines(state), "round \(round): no history file")
            let bytes = try #require(FileManager.default.contents(atPath: "\(state)/allymap/history"))
            #expect(bytes.last == 0x0A, "round \(round): the file ends mid-line")
            #expect(lines.allSatisfy { $0.hasPrefix("filter r") }, "round \(round): \(lines.suffix(3))")
            #expect(Array(lines.prefix(previous.count)) == previous, "round \(round): earlier lines lost")
            previous = lines
        }
        #expect(previous.count >= 8, "each round saves at least its first line: \(previous.count) lines")
        // The next run reads what the kills left without a complaint, and ↑ recalls its newest line.
        let run = try Run(width: 120, height: 30, environment: env)
        defer { run.session.kill() }
        let screen = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        #expect(!screen.contains("ignored"))
        try run.session.sendKeys(":", "Up")
        if let newest = previous.last { _ = try run.session.waitFor(text: ":" + newest, fullScreen: true) }
        try run.session.sendKeys("Escape", "q")
        #expect(try run.finish() == 0)
    }

    /// Polls `condition` until it holds (10 s at most): waiting on the file, never a fixed sleep.
    static func waitUntil(_ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else { throw TmuxSession.Failure.timedOut(waitingFor: "the history file", screen: "") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    @Test func aCorruptedHistoryIsANoteAndTheExplorerWorks() throws {
        let (state, env) = try Self.stateHome()
        try FileManager.default.createDirectory(atPath: "\(state)/allymap", withIntermediateDirectories: true)
        var junk = Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF, 0xFE])
        junk.append(Data(repeating: 0x61, count: 5_000))
        try junk.write(to: URL(fileURLWithPath: "\(state)/allymap/history"))
        let run = try Run(environment: env)
        defer { run.session.kill() }
        let screen = try run.session.waitFor(text: "history ignored", fullScreen: true)
        #expect(screen.contains("Middle East map"))
        try Self.command(run.session, "goto japan")
        _ = try run.session.waitFor(text: "Asia map", fullScreen: true)
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
        #expect(Self.historyLines(state) == ["goto japan"], "the junk was replaced by a good file")
    }

    @Test func anUnwritableStateDirectoryIsSaidOnceAndCommandsWork() throws {
        let dir = try CLI.tempDir()
        _ = FileManager.default.createFile(atPath: "\(dir)/file", contents: Data("x".utf8))
        let run = try Run(environment: ["XDG_STATE_HOME": "\(dir)/file/inside"])
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try Self.command(run.session, "goto japan")
        let screen = try run.session.waitFor(text: "history not saved", fullScreen: true)
        #expect(screen.contains("Not a directory"))
        #expect(screen.contains("Asia map"), "the command ran")
        try Self.command(run.session, "region europe")
        let europe = try run.session.waitFor(text: "Europe map", fullScreen: true)
        #expect(!europe.contains("history not saved"), "said once, not after every command")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }
}

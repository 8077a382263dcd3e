import AllyTestSupport
import Foundation
import Testing

/// The ally table in the real binary: `t`, sort by risk, and `Y` copying it through OSC 52.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TableEndToEndTests {
    @Test func sortByRiskPutsTheTablesMaximumFirstAndYCopiesIt() throws {
        let run = try ExplorerEndToEndTests.Run(width: 120, height: 40)
        defer { run.session.kill() }
        try run.session.acceptClipboard()
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("0", "t")
        _ = try run.session.waitFor(text: "name, A to Z", fullScreen: true)
        try run.session.sendKeys("r")
        let screen = try run.session.waitFor(text: "risk, highest first", fullScreen: true)

        let rows = try Self.riskColumn(screen)
        #expect(rows.count >= 10, "the table shows a page of allies:\n\(screen)")
        let first = try #require(rows.first)
        let top = try #require(first.risk, "the first row has a ranked risk score")
        for row in rows {
            if let risk = row.risk { #expect(risk <= top, "\(row.name) (\(risk)) above \(first.name) (\(top))") }
        }
        // The CLI ranks the same way.
        let list = try CLI.run(["list", "--sort", "risk"])
        let cliFirst = list.stdout.split(separator: "\n")[2].components(separatedBy: "  ").first ?? ""
        #expect(first.name == cliFirst)

        try run.session.sendKeys("Y")
        _ = try run.session.waitFor(text: "copied 33 rows as Markdown", fullScreen: true)
        let copied = try #require(run.session.clipboard(), "Y sent no OSC 52 copy")
        let lines = copied.split(separator: "\n").map(String.init)
        #expect(lines.contains("| Ally | Region | Reliance | Commitment | Exposure | Risk | Level | Known |"))
        let firstRow = try #require(lines.first { $0.hasPrefix("| ") && !$0.hasPrefix("| Ally") && !$0.hasPrefix("| ---") })
        #expect(firstRow.hasPrefix("| \(first.name) |"))
        #expect(lines.filter { $0.hasPrefix("| ") }.count == 2 + 33)

        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    /// A what-if picked from the `s` list over the table gives it a change column to sort by;
    /// `S` takes the column away with the scenario. At 80×24, where the banner costs a row.
    @Test func aWhatIfPickedOverTheTableAddsTheChangeColumnAndSTakesItAway() throws {
        let run = try ExplorerEndToEndTests.Run(width: 80, height: 24, environment: ["XDG_CONFIG_HOME": try CLI.tempDir()])
        defer { run.session.kill() }
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("2", "t")
        let table = try run.session.waitFor(text: "a Ally▲", fullScreen: true)
        #expect(!table.contains("d Δ"), "no change column at the baseline:\n\(table)")
        try run.session.sendKeys("s")
        _ = try run.session.waitFor(text: "What-if scenarios", fullScreen: true)
        // Presets are listed in catalog order: baseline, hedged, us-retrenchment.
        try run.session.sendKeys("Down", "j", "Enter")
        let applied = try run.session.waitFor(text: "WHAT-IF", fullScreen: true)
        #expect(applied.contains("d Δ") && applied.contains("what-if us-retrenchment"), "\(applied)")
        try run.session.sendKeys("d")
        let sorted = try run.session.waitFor(text: "change in risk, largest first", fullScreen: true)
        #expect(sorted.contains("Δ▼"), "\(sorted)")
        try run.session.sendKeys("S")
        let cleared = try run.session.waitFor(text: "baseline: the data as it is", fullScreen: true)
        #expect(!cleared.contains("WHAT-IF") && !cleared.contains("d Δ"), "\(cleared)")
        #expect(cleared.contains("a Ally▲"), "a sort by the hidden column waits, by name")
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }

    /// The rows under the table's header with the risk column's number (nil for a band, which
    /// is shown when a score is too uncertain to rank).
    static func riskColumn(_ screen: String) throws -> [(name: String, risk: Int?)] {
        let lines = screen.split(separator: "\n").map { Array($0) }
        let headerIndex = try #require(lines.firstIndex { String($0).contains("r Risk▼") })
        let end = try #require(lines[headerIndex].firstIndex(of: "▼"))
        var rows: [(String, Int?)] = []
        for line in lines[(headerIndex + 1)...] {
            guard line.count > end, line.first == "│" else { break }
            let text = String(line[1...end])
            if text.contains("scores 0–100") || text.trimmingCharacters(in: .whitespaces).isEmpty { break }
            let name = text.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? ""
            let cell = text.split(separator: " ").last.map(String.init) ?? ""
            rows.append((name, Int(cell.replacingOccurrences(of: "*", with: ""))))
        }
        return rows
    }
}

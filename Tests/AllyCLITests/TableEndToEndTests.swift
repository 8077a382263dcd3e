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

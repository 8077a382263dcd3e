import AllyModel
import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import AllyTUI

/// One key table feeds the reducer, the status bar, the help, the title bar and the README.
@Suite struct KeyTableTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func theReadmeKeysTableIsTheGeneratedOne() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- keys:begin -->\n")), end = try #require(text.range(of: "\n<!-- keys:end -->"))
        let table = String(text[begin.upperBound..<end.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", table != KeyTable.markdown() {
            let updated = text.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: KeyTable.markdown())
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            Issue.record("recorded the keys table into README.md")
            return
        }
        #expect(table == KeyTable.markdown(), "README.md's keys table differs from KeyTable.markdown(); paste the generated table:\n\(KeyTable.markdown())")
    }

    static let explorerDoc = readme.deletingLastPathComponent().appendingPathComponent("docs/explorer.md")

    @Test func theExplorerDocsTableKeysAreTheGeneratedOnes() throws {
        let text = try String(contentsOf: Self.explorerDoc, encoding: .utf8)
        // The block between the markers, its last newline included (none while it is empty).
        let begin = try #require(text.range(of: "<!-- table-keys:begin -->\n"))
        let end = try #require(text.range(of: "<!-- table-keys:end -->", range: begin.upperBound..<text.endIndex))
        let table = String(text[begin.upperBound..<end.lowerBound].dropLast())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", table != KeyTable.tableMarkdown() {
            let updated = text.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: KeyTable.tableMarkdown() + "\n")
            try updated.write(to: Self.explorerDoc, atomically: true, encoding: .utf8)
            Issue.record("recorded the table keys into docs/explorer.md")
            return
        }
        #expect(table == KeyTable.tableMarkdown(), "docs/explorer.md's table keys differ from KeyTable.tableMarkdown(); paste:\n\(KeyTable.tableMarkdown())")
    }

    @Test func theExplorerDocsInspectKeysAreTheGeneratedOnes() throws {
        let text = try String(contentsOf: Self.explorerDoc, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- inspect-keys:begin -->\n"))
        let end = try #require(text.range(of: "<!-- inspect-keys:end -->", range: begin.upperBound..<text.endIndex))
        let table = String(text[begin.upperBound..<end.lowerBound].dropLast())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", table != KeyTable.inspectMarkdown() {
            let updated = text.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: KeyTable.inspectMarkdown() + "\n")
            try updated.write(to: Self.explorerDoc, atomically: true, encoding: .utf8)
            Issue.record("recorded the inspect keys into docs/explorer.md")
            return
        }
        #expect(table == KeyTable.inspectMarkdown(), "docs/explorer.md's inspect keys differ from KeyTable.inspectMarkdown(); paste:\n\(KeyTable.inspectMarkdown())")
    }

    @Test func theHelpListsEveryRowOfEveryMode() {
        let help = HelpContent.lines(unicode: true).map(\.text).joined(separator: "\n")
        for b in KeyTable.bindings where !b.help.isEmpty {
            #expect(help.contains(b.help), "help lacks \(b.label): \(b.help)")
        }
        for (what, _) in KeyTable.mouse { #expect(help.contains(what)) }
    }

    @Test(arguments: [KeyContext.normal, .table, .detail, .compare, .claims, .inspect, .help])
    func theStatusBarShowsTheTablesHints(context: KeyContext) {
        let hints = KeyTable.hints(in: context)
        #expect(!hints.isEmpty)
        for b in KeyTable.rows(in: context) {
            guard let hint = b.hint else { continue }
            #expect(hints.contains { $0.hint == hint && $0.keys == b.hintKeys })
        }
    }

    @Test func theStatusBarOnScreenIsTheTablesHints() {
        let s = AppState.fixture(width: 200, height: 60)
        let bottom = s.render().plainText.split(separator: "\n").last.map(String.init) ?? ""
        for (keys, hint) in KeyTable.hints(in: .normal) { #expect(bottom.contains("\(keys) \(hint)")) }
    }

    /// A key means one thing in a mode: a second row binding it there would be silently ignored.
    @Test func noKeyIsBoundTwiceInOneMode() {
        for context in KeyContext.allCases {
            var seen: [Key: Action] = [:]
            for b in KeyTable.bindings where b.contexts.contains(context) {
                for key in b.keys {
                    if let earlier = seen[key] { Issue.record("\(key) in \(context): \(earlier) and \(b.action)") }
                    seen[key] = b.action
                }
            }
        }
    }

    /// Regions take their key, tab and help line from `Region` alone: every region, including
    /// one added later, gets all three.
    @Test(arguments: Region.tabOrder)
    func everyRegionHasAKeyATabAndAHelpLine(region: Region) {
        #expect(KeyTable.action(for: .char(region.key), in: .normal) == .showRegion(region))
        var s = AppState.fixture(region: region == .europe ? .asia : .europe)
        s.press(.char(region.key))
        #expect(s.region == region)
        #expect(s.frame().measurements!.hits.contains { $0.target == .regionTab(region) })
        #expect(s.render().plainText.split(separator: "\n")[0].contains("\(region.key) \(region.name)"))
        #expect(HelpContent.lines(unicode: true).contains { $0.text.contains(" \(region.key) ") })
    }

    @Test func regionKeysAreDistinctDigits() {
        let keys = Region.tabOrder.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.isNumber })
    }
}

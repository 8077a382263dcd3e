import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import AllyTUI

/// The command list and the command line's keys in docs/explorer.md are the generated ones, as
/// the README's keys table is (re-record with RECORD_SNAPSHOTS=1).
@Suite struct CommandDocsTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/explorer.md")

    @Test(arguments: [("commands", CommandTable.markdown()), ("command-keys", KeyTable.commandLineMarkdown())])
    func theDocsListIsTheGeneratedOne(marker: String, generated: String) throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- \(marker):begin -->\n")), end = try #require(text.range(of: "\n<!-- \(marker):end -->"))
        try #require(begin.upperBound <= end.lowerBound, "the \(marker) markers need a line between them")
        let listed = String(text[begin.upperBound..<end.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", listed != generated {
            try text.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: generated).write(to: Self.page, atomically: true, encoding: .utf8)
            Issue.record("recorded \(marker) into docs/explorer.md")
            return
        }
        #expect(listed == generated, "docs/explorer.md's \(marker) differ from the generated list; paste:\n\(generated)")
    }

    /// Every command's usage in the table is something the parser reads (names and aliases alike).
    @Test func everyCommandNameParses() {
        for spec in CommandTable.commands {
            for name in [spec.name] + spec.aliases {
                #expect((try? CommandParser.spec(for: name))?.name == spec.name)
            }
        }
    }
}

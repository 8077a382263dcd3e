import AllyModel
import Foundation
import Testing
@testable import AllyTUI

/// Text that names what the map shows must say what is really drawn and known.
@Suite struct LegendTextTests {
    /// The status line reads nuclear status by the same rule as the panes and reports, so an
    /// armed group whose data say only "no" is described as not nuclear-armed.
    @Test func actorSummaryReadsNuclearStatusByTheSharedRule() throws {
        let d = defaultDataset
        let russia = ActorSummary.line(try #require(d.actor("russia")), in: d)
        #expect(russia.contains(", nuclear-armed (") && russia.contains("5,459 warheads, 2025)"), "\(russia)")
        #expect(ActorSummary.line(try #require(d.actor("iran")), in: d).hasSuffix(", not nuclear-armed"))
        #expect(ActorSummary.line(try #require(d.actor("hezbollah")), in: d).hasSuffix(", not nuclear-armed"))
    }

    /// Help and docs name the colours markers are drawn in (medium risk was once "yellow").
    @Test func helpAndDocsNameTheRiskColours() throws {
        #expect(MarkerStyle.riskLegend == "green low, orange medium, red high, grey unknown")
        #expect(HelpContent.lines(unicode: true).contains { $0.text.contains(MarkerStyle.riskLegend) })
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        for doc in ["README.md", "docs/explorer.md", "docs/map-engine.md"] {
            let text = try String(contentsOf: root.appendingPathComponent(doc), encoding: .utf8)
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains(MarkerStyle.riskLegend), "\(doc) names other colours")
        }
    }
}

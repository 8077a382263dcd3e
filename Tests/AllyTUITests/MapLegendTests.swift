import AllyModel
import Foundation
import Testing
@testable import AllyTUI

@Suite struct MapLegendTests {
    /// The status line reads nuclear status by the same rule as the panes and reports, so an
    /// armed group whose data say only "no" is described as not nuclear-armed.
    @Test func describesNuclearStatusByTheSharedRule() throws {
        let d = defaultDataset
        let russia = MapLegend.describe(try #require(d.actor("russia")), in: d)
        #expect(russia.contains(", nuclear-armed (") && russia.contains("5,459 warheads, 2025)"), "\(russia)")
        #expect(MapLegend.describe(try #require(d.actor("iran")), in: d).hasSuffix(", not nuclear-armed"))
        #expect(MapLegend.describe(try #require(d.actor("hezbollah")), in: d).hasSuffix(", not nuclear-armed"))
    }

    /// Help and README name the colours the map really uses (medium risk was once "yellow" in both).
    @Test func helpAndReadmeNameTheRiskColours() throws {
        #expect(MarkerStyle.riskLegend == "green low, orange medium, red high, grey unknown")
        #expect(HelpOverlay.lines(unicode: true).contains { $0.text.contains(MarkerStyle.riskLegend) })
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        #expect(try String(contentsOf: readme, encoding: .utf8).contains("coloured by risk (\(MarkerStyle.riskLegend))"))
    }
}

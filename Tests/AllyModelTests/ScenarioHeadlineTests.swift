import AllyModel
import Foundation
import Testing

/// The one-line description banners and the picker show for a scenario.
@Suite struct ScenarioHeadlineTests {
    /// Every preset has its own short line, short enough for an 80-column banner beside its name
    /// (the banner's tag, spaces and separator take 14 columns).
    @Test(arguments: ScenarioPresets.all)
    func presetsHaveAShortHeadline(preset: Scenario) {
        #expect(!preset.headline.isEmpty, "\(preset.name) has no headline")
        #expect(preset.oneLine == preset.headline)
        #expect(DisplayWidth.of(preset.name) + DisplayWidth.of(preset.headline) <= 66, "\(preset.name): \(preset.headline)")
    }

    @Test func savedScenariosFallBackToTheSummaryThenTheSettings() {
        #expect(Scenario(name: "a", summary: "First part. Second part.").oneLine == "First part")
        #expect(Scenario(name: "a", summary: "Keeps 3.5 % whole").oneLine == "Keeps 3.5 % whole")
        #expect(Scenario(name: "a", usCommitment: 0.4, growth: ["china": 0.3]).oneLine == "us-commitment=40 growth.china=+30")
        #expect(Scenario(name: "a").oneLine == "no change from the data")
        #expect(Scenario(name: "a", headline: "  two\nlines\there  ").oneLine == "two lines here")
    }

    @Test func aConfigWithoutHeadlinesReadsAndWritesAsBefore() throws {
        let old = #"{"name":"mine","summary":"","us_commitment":0.4,"growth":{},"nuclear":{},"leaving":[]}"#
        let s = try JSONDecoder().decode(Scenario.self, from: Data(old.utf8))
        #expect(s.headline.isEmpty)
        let written = String(decoding: try JSONEncoder().encode(s), as: UTF8.self)
        #expect(!written.contains("headline"))
    }

    @Test func aHeadlineRoundTrips() throws {
        let s = Scenario(name: "mine", headline: "my own words", usCommitment: 0.2)
        #expect(try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(s)).headline == "my own words")
    }
}

import Testing
@testable import AllyModel

/// The one list of scenarios: presets, then saved ones by name, and lookup by name.
@Suite struct ScenarioCatalogTests {
    let saved = [
        "zeta": Scenario(name: "zeta", usCommitment: 0.3),
        "alpha": Scenario(name: "custom", summary: "hand-edited, stored name wrong", usCommitment: 0.6),
    ]

    @Test func presetsComeFirstThenSavedSortedByName() {
        let catalog = ScenarioCatalog(saved: saved)
        #expect(catalog.names == ScenarioPresets.all.map(\.name) + ["alpha", "zeta"])
        #expect(catalog.entries.first?.scenario.isBaseline == true)
        #expect(catalog.entries.prefix(ScenarioPresets.all.count).allSatisfy { $0.origin == .preset })
        #expect(catalog.entries.suffix(2).allSatisfy { $0.origin == .saved })
    }

    @Test func aSavedScenarioIsNamedByItsKey() throws {
        let alpha = try ScenarioCatalog(saved: saved).scenario(named: "alpha")
        #expect(alpha.name == "alpha")
        #expect(alpha.usCommitment == 0.6)
    }

    @Test(arguments: [
        ("us-retrenchment", "us-retrenchment"), ("US-Retrenchment", "us-retrenchment"), ("US Retrenchment", "us-retrenchment"),
        ("china_surge", "china-surge"), ("ZETA", "zeta"), ("  alpha ", "alpha"),
    ])
    func lookupByNameOrSlug(query: String, expected: String) throws {
        #expect(try ScenarioCatalog(saved: saved).entry(named: query).name == expected)
    }

    @Test func aPresetWinsOverASavedScenarioOfTheSameName() throws {
        let catalog = ScenarioCatalog(saved: ["hedged": Scenario(name: "hedged", usCommitment: 0.9)])
        let entry = try catalog.entry(named: "hedged")
        #expect(entry.origin == .preset)
        #expect(entry.scenario.usCommitment == 0.5)
    }

    @Test func anUnknownNameListsEveryChoice() {
        let catalog = ScenarioCatalog(saved: saved)
        #expect(throws: ScenarioError.unknownPreset("atlantis", available: catalog.names)) {
            try catalog.entry(named: "atlantis")
        }
        #expect(throws: ScenarioError.self) { try catalog.entry(named: "--") }
    }
}

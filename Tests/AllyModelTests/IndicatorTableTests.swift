import Testing
@testable import AllyModel

@Suite struct IndicatorTableTests {
    @Test func packedRowsReadBackAsTheIndicatorsStored() throws {
        let source = Source(name: "SIPRI", url: "https://example.org/sipri", confidence: .high)
        let weak = Source(name: "SIPRI", url: "https://example.org/sipri", confidence: .low)
        let input = [
            Indicator(actor: "japan", key: "us_troops", value: .number(55000), unit: "personnel", period: Period("2024"), source: source),
            Indicator(actor: "japan", key: "us_security_tie", value: .text("Mutual Defense Treaty"), unit: "text", period: nil, source: weak),
            Indicator(actor: "israel", key: "milex_usd", value: .unknown, unit: "USD bn", period: Period("FY2019-2028"), source: source, note: "not in the extract"),
            Indicator(actor: "israel", key: "capital_distance_km", value: .number(0.5), unit: "km", period: nil, source: source),
        ]
        let table = IndicatorTable(input)
        #expect(Array(table) == input)
        #expect(table.count == 4)
        #expect(table.actor(at: 2) == "israel" && table.key(at: 1) == "us_security_tie")
        #expect(table == IndicatorTable(input))
        #expect(table != IndicatorTable(input.dropLast()))
    }

    @Test func theDefaultDatasetSurvivesPacking() throws {
        let dataset = try DatasetLoader.loadDefault()
        let rebuilt = IndicatorTable(Array(dataset.indicators))
        #expect(rebuilt == dataset.indicators)
        #expect(dataset.indicator("israel.arms_imports_us_share")?.value.number == 66)
        #expect(dataset.indicator("israel", "no_such_key") == nil)
        #expect(dataset.indicator("no-dot-here") == nil)
    }
}

import Testing
@testable import AllyModel

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2024", 2024, 2024), ("2020-2024", 2020, 2024), ("FY2019-2028", 2019, 2028), ("2025-05-17", 2025, 2025), ("2025-06", 2025, 2025),
    ])
    func parses(text: String, first: Int, last: Int) throws {
        let p = try #require(Period(text))
        #expect(p.first == first && p.last == last && p.text == text)
    }

    @Test(arguments: ["", "24", "1850", "2024-2020", "2025-13-01", "2025-06-40", "FY2025-06", "twenty", "2024-", "2024-2025-2026"])
    func rejects(text: String) {
        #expect(Period(text) == nil)
    }

    @Test func numbersFormatPlainly() {
        #expect(IndicatorValue(parsing: "69") == .number(69))
        #expect(IndicatorValue(parsing: "3000-4000") == .text("3000-4000"))
        #expect(IndicatorValue(parsing: "NA") == .unknown)
        #expect(IndicatorValue(parsing: "1e9") == .text("1e9"))
        #expect(IndicatorCatalog.formatNumber(1234567, unit: "personnel") == "1,234,567 personnel")
        #expect(IndicatorCatalog.formatNumber(0.67, unit: "%") == "0.67%")
    }
}

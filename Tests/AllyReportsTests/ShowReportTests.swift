import AllyModel
import Testing
@testable import AllyReports

/// `allymap show`: the heading, the figure tables and the adversaries.
@Suite struct ShowReportTests {
    static let dataset = ListReportTests.dataset

    @Test func israelHasItsTiesThreatsAndClaims() throws {
        let israel = try #require(Self.dataset.actor("israel"))
        let text = ShowReport(actor: israel, dataset: Self.dataset).render()
        #expect(text.hasPrefix("Israel (IL) — ally, Middle East\nBased at Jerusalem ("))
        for section in ["Ties to the United States", "Threats", "Adversaries", "What the article claims"] {
            #expect(text.contains("\n\(section)"), "\(section)")
        }
        #expect(text.hasSuffix("~ marks a low-confidence figure. Distances are great-circle km between capitals."))
    }

    @Test func aNuclearAdversaryWithoutAWarheadCountIsShownNotACrash() throws {
        let ally = try #require(Fixture.dataset.actor("nihon"))
        let text = ShowReport(actor: ally, dataset: Fixture.dataset).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Adversaries") })
        let table = try #require(RenderedTable(lines[(heading + 1)...].joined(separator: "\n")))
        #expect(table.rows.first?.prefix(3) == ["Red", "adversary", "yes"])
    }

    @Test func coordinatesNameTheirHemisphere() {
        #expect(ShowReport.coordinate(GeoPoint(lat: -33.9, lon: -151.2)) == "33.9°S, 151.2°W")
        #expect(ShowReport.coordinate(GeoPoint(lat: 35.68, lon: 139.69)) == "35.68°N, 139.69°E")
    }
}

import Foundation
import Testing
@testable import AllyModel

@Suite struct LoadingTests {
    @Test func fixtureLoadsWithTypedValues() throws {
        let data = try Fixture.load()
        #expect(data.actors.count == 9)
        #expect(data.actor("israel")?.kind == .ally)
        #expect(data.actor("hamas")?.host == "Gaza")
        #expect(data.actor("south-korea")?.adversaries == ["north-korea", "china"])
        let share = try #require(data.indicator("israel", "arms_imports_us_share"))
        #expect(share.value == .number(69))
        #expect(share.period?.first == 2019 && share.period?.last == 2023)
        #expect(share.displayValue == "69%")
        #expect(data.indicator("japan", "us_troops")?.displayValue == "~55,000 personnel")
        #expect(data.indicator("south-korea", "milex_usd")?.value == .unknown)
        #expect(data.indicator("south-korea", "milex_usd")?.displayValue == "unknown")
        #expect(data.indicator("israel", "us_fmf_annual")?.period?.text == "FY2019-2028")
    }

    @Test func eventsAreSortedAndLinked() throws {
        let data = try Fixture.load()
        #expect(data.events.map(\.id) == ["mou-2016", "oct7", "asan-2025"])
        #expect(data.events(involving: "israel").map(\.id) == ["oct7", "mou-2016"])
        #expect(data.event("oct7")?.kind == .armed)
    }

    @Test func claimsResolveTheirEvidence() throws {
        let data = try Fixture.load()
        let claim = try #require(data.claims.first { $0.id == "seoul-nukes" })
        #expect(claim.citation == "¶6")
        #expect(claim.supports.compactMap { data.evidence($0) }.count == 2)
        let korea = try #require(data.actor("south-korea"))
        #expect(data.claims(about: korea).map(\.id).contains("seoul-nukes"))
        #expect(!data.claims(about: korea).map(\.id).contains("retreat"), "world-wide claims are listed by region, not per ally")
        #expect(data.claims(in: .asia).map(\.id).contains("retreat"))
    }

    @Test func commentsBlankLinesAndCRLFAreAccepted() throws {
        let crlf = Fixture.indicators.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n# trailing comment\r\n"
        let data = try Fixture.load([.indicators: crlf])
        #expect(data.indicators.count == 10)
        #expect(data.indicator("israel", "us_security_tie")?.value == .text("MOU on military aid"))
    }

    @Test func defaultDatasetLoadsAndCoversTheBrief() throws {
        let data = try DatasetLoader.loadDefault()
        let required = ["israel", "saudi-arabia", "uae", "qatar", "jordan", "egypt", "turkey",
                        "uk", "france", "germany", "poland", "italy", "estonia", "latvia", "lithuania", "finland",
                        "japan", "south-korea", "taiwan", "philippines", "australia"]
        for id in required { #expect(data.actor(id)?.kind == .ally, "missing ally \(id)") }
        for id in ["russia", "china", "north-korea", "iran"] { #expect(data.actor(id)?.kind == .adversary, "\(id)") }
        for id in ["hezbollah", "houthis", "hamas"] { #expect(data.actor(id)?.kind == .nonstate, "\(id)") }
        #expect(data.claims.count >= 15)
        #expect(data.events.filter { (2022...2025).contains($0.date.first) }.count >= 20)
        #expect(Set(data.claims.map(\.paragraph)).count >= 8, "claims should span the article")
        for x in data.indicators where x.value.number != nil && !IndicatorCatalog.isTimeless(unit: x.unit) {
            #expect(x.period != nil, "\(x.id) has no year")
        }
        for x in data.indicators { #expect(!x.source.name.isEmpty, "\(x.id) has no source") }
    }

    @Test func embeddedCopyMatchesSeedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for table in DatasetTable.allCases {
            let file = root.appendingPathComponent("seeds/data/\(table.fileName(.tsv))")
            var text = try String(contentsOf: file, encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            #expect(text == EmbeddedSeeds.text(for: table), "seeds/data/\(table.fileName(.tsv)) changed: run python3 scripts/embed-seeds.py")
        }
    }

    @Test func jsonDatasetLoads() throws {
        let original = try Fixture.load()
        let json = try DatasetWriter.json(original)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-\(UUID().uuidString).json")
        try json.write(to: url)
        #expect(try DatasetLoader.load(path: url.path) == original)
    }

    @Test func missingDirectoryAndFilesAreReported() throws {
        #expect(throws: DataError.self) { try DatasetLoader.load(path: "/nonexistent/allymap-data") }
        let dir = try Fixture.directory()
        try FileManager.default.removeItem(atPath: dir + "/claims.tsv")
        do {
            _ = try DatasetLoader.load(path: dir)
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.issues.count == 1)
            #expect(error.issues[0].file == "claims.tsv")
        }
    }
}

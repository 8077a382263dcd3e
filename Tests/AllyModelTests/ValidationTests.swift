import Foundation
import Testing
@testable import AllyModel

@Suite struct ValidationTests {
    @Test func threeDeliberateErrorsGiveThreeLocatedMessages() throws {
        let actors = Fixture.actors.replacingOccurrences(of: "Tokyo\t35.68", with: "Tokyo\tnorth")
        let indicators = Fixture.indicators.replacingOccurrences(of: "600\twarheads\t2025", with: "600\twarheads\t1750")
        let claims = Fixture.claims.replacingOccurrences(of: "iran.nuclear_warheads", with: "iran.nukes")
        let issues = try Fixture.issues([.actors: actors, .indicators: indicators, .claims: claims])
        #expect(issues.map(\.description) == [
            "actors.tsv:5: lat: expected a plain decimal number from -90 to 90 (no exponent, hex, nan or inf), got \"north\"",
            "indicators.tsv:7: year: expected a year from 1900 to 2100, a range (2020-2024, FY2019-2028) or a date (2025-06-13), got \"1750\"",
            "claims.tsv:2: supports: unknown evidence \"iran.nukes\": expected an indicator (actor.key) or an event id",
        ])
    }

    @Test func duplicateIdsPointToTheFirstDefinition() throws {
        let actors = Fixture.actors + "\njapan\tJapan again\tally\tasia\tJP\tJPN\tTokyo\t35\t139\t\t\t\tx\t\thigh"
        let issues = try Fixture.issues([.actors: actors])
        #expect(issues.map(\.description) == ["actors.tsv:12: id: duplicate id \"japan\": already defined at actors.tsv:5"])
    }

    @Test func unknownActorLinksAreErrors() throws {
        let actors = Fixture.actors.replacingOccurrences(of: "iran;hamas", with: "iran;hezbollah")
        let events = Fixture.events.replacingOccurrences(of: "hamas;israel", with: "hamas;isreal")
        let issues = try Fixture.issues([.actors: actors, .events: events])
        #expect(issues.count == 2)
        #expect(issues[0].description.hasPrefix("actors.tsv:4: adversaries: unknown actor id \"hezbollah\""))
        #expect(issues[1].description.hasPrefix("events.tsv:2: actors: unknown actor id \"isreal\""))
    }

    @Test func adversaryMustBeAThreat() throws {
        let actors = Fixture.actors.replacingOccurrences(of: "iran;hamas", with: "iran;japan")
        let issues = try Fixture.issues([.actors: actors])
        #expect(issues.map(\.field) == ["adversaries"])
    }

    @Test func missingSourceAndBadEnumsAreReported() throws {
        let indicators = Fixture.indicators.replacingOccurrences(of: "\tDMDC\t\tlow", with: "\t\t\tsure")
        let issues = try Fixture.issues([.indicators: indicators])
        #expect(issues.map(\.field) == ["source", "confidence"])
        #expect(issues.allSatisfy { $0.line == 6 })
    }

    @Test func numbersNeedAYear() throws {
        let indicators = Fixture.indicators.replacingOccurrences(of: "55000\tpersonnel\t2024", with: "55000\tpersonnel\t")
        let issues = try Fixture.issues([.indicators: indicators])
        #expect(issues.map(\.description) == ["indicators.tsv:6: year: is empty: expected a year (2024), a range (2020-2024) or a date (2025-06-13)"])
    }

    @Test func wrongFieldCountAndUnknownColumns() throws {
        let short = Fixture.events + "\nbroken\t2024"
        #expect(try Fixture.issues([.events: short]).map(\.line) == [5])
        let renamed = Fixture.claims.replacingOccurrences(of: "\tstance\t", with: "\tstanse\t")
        let issues = try Fixture.issues([.claims: renamed])
        #expect(issues.map(\.field).sorted() == ["stance", "stanse"])
    }

    @Test(arguments: [
        "Isr\u{1B}[31mael", "Isr\u{1B}]0;pwned\u{07}ael", "Isr\u{9B}2Jael", "Isr\u{202E}ael", "Isr\u{7F}ael", "Isr\u{0}ael",
    ])
    func escapeSequencesInNamesAreRejected(name: String) throws {
        let actors = Fixture.actors.replacingOccurrences(of: "\tIsrael\t", with: "\t\(name)\t")
        let issues = try Fixture.issues([.actors: actors])
        #expect(issues.count == 1)
        #expect(issues.first?.field == "name")
        #expect(issues.first?.line == 4)
        #expect(!(issues.first?.description.contains("\u{1B}") ?? true), "the message must not carry the escape itself")
    }

    @Test func wideAndAccentedTextIsFine() throws {
        let actors = Fixture.actors.replacingOccurrences(of: "\tNippon\t", with: "\t日本;Nippon\t")
            .replacingOccurrences(of: "Pretoria", with: "Tshwane (Pretoria) — Gauteng, café")
        let data = try Fixture.load([.actors: actors])
        #expect(data.actor("japan")?.aliases == ["日本", "Nippon"])
    }
}

import Foundation
import Testing

/// Issue 12 on the real binary and the committed seeds: checked figures, sourced threats,
/// frontline distances, the added allies and the as-of rule.
@Suite struct DataV2Tests {
    /// seeds/data/ of this checkout (the tests live two levels below the package root).
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/data").path

    static func rows(_ table: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: "\(seeds)/\(table).tsv", encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") }
        let header = lines[0].components(separatedBy: "\t")
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.components(separatedBy: "\t"))) }
    }

    @Test func noFigureIsFromMemoryAndEveryRowHasAPageAndACheckDate() throws {
        for table in ["actors", "indicators", "events", "threats"] {
            let text = try String(contentsOfFile: "\(Self.seeds)/\(table).tsv", encoding: .utf8)
            #expect(!text.lowercased().contains("from memory"), "\(table)")
        }
        for row in try Self.rows("indicators") {
            #expect(!(row["url"] ?? "").isEmpty, "\(row["actor"] ?? "") \(row["key"] ?? "") has no url")
            #expect(!(row["checked"] ?? "").isEmpty, "\(row["actor"] ?? "") \(row["key"] ?? "") has no checked date")
            if (row["note"] ?? "").hasPrefix("unverified") { #expect(row["confidence"] == "low") }
        }
    }

    /// FACTS.md: state media and partisan outlets are low confidence, wherever they appear.
    @Test func stateAndPartisanOutletsAreRatedLow() throws {
        let outlets = ["tass", "press tv", "presstv", "ria novosti", "sputnik", "xinhua", "global times", "cgtn", "kcna",
                       "irna", "tasnim", "farsnews", "mehr news", "al mayadeen", "belta", "antiwar.com", "zerohedge",
                       "middleeastmonitor", "allisrael"]
        for table in ["indicators", "events", "threats", "actors"] {
            for row in try Self.rows(table) {
                let where_ = ((row["source"] ?? "") + " " + (row["url"] ?? "")).lowercased()
                guard let outlet = outlets.first(where: { where_.contains($0) }) else { continue }
                #expect(row["confidence"] == "low", "\(table): \(row["id"] ?? row["actor"] ?? row["ally"] ?? "") cites \(outlet) but is rated \(row["confidence"] ?? "")")
            }
        }
    }

    @Test func aSourcePublishedAfterTheAsOfDateIsRejected() throws {
        let dir = try HardeningEndToEndTests.exported()
        #expect(FileManager.default.fileExists(atPath: "\(dir)/meta.tsv"), "the as-of date travels with an export")
        let line = try HardeningEndToEndTests.edit(dir, "indicators", "published") { _ in "2026-01" }
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("indicators.tsv:\(line): published: 2026-01 is after the dataset's as-of date"), "\(r.stderr)")
    }

    @Test func southKoreasMainThreatIsNorthKoreaWithItsSource() throws {
        let r = try CLI.run(["show", "south-korea"])
        #expect(r.status == 0)
        let line = try #require(r.stdout.components(separatedBy: "\n").firstIndex { $0.contains("Main threat:") })
        let lines = r.stdout.components(separatedBy: "\n")
        #expect(lines[line].contains("Main threat: North Korea"))
        #expect(lines[line + 1...line + 2].contains { $0.contains("source:") && $0.contains("http") })
    }

    @Test func taiwanIsWithin200KmOfChina() throws {
        let r = try CLI.run(["show", "taiwan"])
        let line = try #require(r.stdout.components(separatedBy: "\n").first { $0.contains("frontline") })
        let km = try #require(Int(line.split(separator: " ").drop { $0 != "frontline" }.dropFirst().first ?? ""))
        #expect(km < 200, "\(line)")
    }

    @Test func polandSharesABorderWithRussiaAtKaliningrad() throws {
        let r = try CLI.run(["show", "poland"])
        #expect(r.stdout.contains("frontline: shared border (Kaliningrad)"), "\(r.stdout)")
    }

    @Test func theAddedAlliesAreListedWithTheCoreIndicators() throws {
        let r = try CLI.run(["list"])
        for name in ["Bahrain", "Kuwait", "Morocco", "Netherlands", "Belgium", "Spain", "Romania", "Sweden", "Denmark", "Thailand", "New Zealand"] {
            #expect(r.stdout.contains(name), "\(name) missing")
        }
        let coverage = try CLI.run(["validate", "--coverage"])
        #expect(coverage.status == 0)
        #expect(coverage.stdout.contains("Core indicators per ally"))
        #expect(coverage.stdout.contains("Indicator rows by confidence"))
    }
}

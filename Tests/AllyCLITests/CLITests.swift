import Foundation
import Testing

@Suite struct CLITests {
    @Test func listEuropeShowsEuropeanAlliesWithFigures() throws {
        let r = try CLI.run(["list", "--region", "europe"])
        #expect(r.status == 0)
        for name in ["Poland", "Germany", "Estonia", "Latvia", "Lithuania", "Finland", "France", "United Kingdom", "Italy"] {
            #expect(r.stdout.contains(name), "\(name) missing")
        }
        #expect(!r.stdout.contains("Japan"))
        #expect(r.stdout.contains("Russia"))
        #expect(r.stdout.contains("personnel"))
        #expect(!r.stdout.contains("\u{1B}"), "no escapes when stdout is not a terminal")
    }

    @Test func showIsraelHasTiesAidArmsAdversariesAndClaims() throws {
        let r = try CLI.run(["show", "israel"])
        #expect(r.status == 0)
        let out = r.stdout
        #expect(out.contains("Israel (IL)"))
        #expect(out.contains("MOU"), "the 2016 MOU is Israel's tie")
        #expect(out.contains("2016"))
        #expect(out.contains("US share of arms imports"))
        #expect(out.contains("66%"))
        #expect(out.contains("FY2019-2028"), "aid carries its years")
        #expect(out.contains("Iran") && out.contains("Hezbollah"))
        #expect(out.contains("¶5"), "claims about Israel cite their paragraph")
        #expect(out.contains("SIPRI"))
    }

    @Test(arguments: [("jp", "Japan (JP)"), ("south k", "South Korea (KR)"), ("ROK", "South Korea (KR)"), ("TWN", "Taiwan (TW)")])
    func showMatchesCodesAndPrefixes(query: String, heading: String) throws {
        let r = try CLI.run(["show", query])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(heading))
    }

    @Test func ambiguousAndUnknownNamesExplainThemselves() throws {
        let ambiguous = try CLI.run(["show", "s"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("matches several"))
        let unknown = try CLI.run(["show", "atlantis"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no actor matches \"atlantis\""))
    }

    @Test func claimsCiteParagraphsAndEvidence() throws {
        let r = try CLI.run(["claims", "--region", "asia"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("¶6"))
        #expect(r.stdout.contains("for "))
        #expect(r.stdout.contains("against"))
    }

    @Test func validateDefaultAndExportRoundTripThroughData() throws {
        let ok = try CLI.run(["validate"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("ok:"))
        let dir = try CLI.tempDir()
        for format in ["csv", "tsv"] {
            let out = dir + "/" + format
            #expect(try CLI.run(["export", "--format", format, "--out", out]).status == 0)
            #expect(try CLI.run(["validate", out]).stdout == ok.stdout)
            #expect(try CLI.run(["list", "--data", out]).stdout == (try CLI.run(["list"])).stdout)
        }
        let json = dir + "/data.json"
        #expect(try CLI.run(["export", "--format", "json", "--out", json]).status == 0)
        #expect(try CLI.run(["show", "japan", "--data", json]).stdout == (try CLI.run(["show", "japan"])).stdout)
    }

    @Test func brokenDatasetExits65WithEveryProblem() throws {
        let dir = try CLI.tempDir() + "/broken"
        #expect(try CLI.run(["export", "--format", "tsv", "--out", dir]).status == 0)
        let actors = dir + "/actors.tsv"
        var text = try String(contentsOfFile: actors, encoding: .utf8)
        text = text.replacingOccurrences(of: "\tJerusalem\t31.7683\t", with: "\tJerusalem\tthirty\t")
        text = text.replacingOccurrences(of: "\tTokyo\t", with: "\tTo\u{1B}[2Jkyo\t")
        try text.write(toFile: actors, atomically: true, encoding: .utf8)
        let events = dir + "/events.tsv"
        try (try String(contentsOfFile: events, encoding: .utf8)).replacingOccurrences(of: "\tarmed\t", with: "\twar\t")
            .write(toFile: events, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("actors.tsv:") && $0.contains(": lat: expected a plain decimal number") })
        #expect(lines.contains { $0.hasPrefix("actors.tsv:") && $0.contains(": capital: contains an escape character") })
        #expect(lines.contains { $0.hasPrefix("events.tsv:") && $0.contains(": kind: expected one of") })
        #expect(!r.stderr.contains("\u{1B}"), "the escape must not reach the terminal")
        #expect(try CLI.run(["list", "--data", dir]).status == 65)
    }

    @Test func runsFromAnyDirectoryWithNoFilesBesideIt() throws {
        let r = try CLI.run(["list"], cwd: try CLI.tempDir())
        #expect(r.status == 0)
        #expect(r.stdout.contains("Israel"))
    }

    @Test func helpVersionAndBadArguments() throws {
        for sub in ["list", "show", "claims", "export", "validate"] {
            let r = try CLI.run([sub, "--help"])
            #expect(r.status == 0, "\(sub) --help")
            #expect(r.stdout.contains("USAGE"))
        }
        #expect(try CLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let bad = try CLI.run(["list", "--region", "mars"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'mars' is invalid for '--region"))
        #expect(bad.stderr.contains("middle-east"), "the message lists the regions")
        #expect(try CLI.run(["export", "--format", "csv"]).status == 64)
        #expect(try CLI.run(["frobnicate"]).status == 64)
    }
}

import AllyTestSupport
import Foundation
import Testing

/// `allymap brief` and `claims --format claimreview` on the real binary: the files they write,
/// read back with a strict XML parser; bad input and failed writes as documented exit statuses.
@Suite struct BriefCommandTests {
    static let verdicts: Set<String> = ["supported", "contradicted", "mixed", "needs judgement"]

    static func claimCount(region: String) throws -> Int {
        let r = try CLI.run(["claims", "--region", region, "--format", "claimreview"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (json?["@graph"] as? [Any])?.count ?? -1
    }

    @Test func htmlBriefIsOneSelfContainedWellFormedFileWithEveryFigureSourced() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(["brief", "--region", "europe", "--scenario", "us-retrenchment", "--ally", "poland", "--ally", "de",
                             "--format", "html", "--out", "b.html"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["b.html"], "one file, nothing beside it")
        let html = try String(contentsOfFile: dir + "/b.html", encoding: .utf8)
        let tree = try MarkupTree(xml: html)
        #expect(BriefAudit.problems(html: tree) == [])
        let svg = try #require(tree.elements(named: "svg").first, "the map is inline")
        #expect(svg.all.contains { $0.name == "text" && $0.text.contains("Poland") })
        #expect(tree.element(id: "explain-poland") != nil && tree.element(id: "explain-germany") != nil)
        #expect(tree.elements(named: "tr").filter { $0.classes.contains("fig") && ($0["id"] ?? "").hasPrefix("ally-") }.count >= 15)
        #expect(html.contains("Δ risk"), "the change from the baseline is shown")
        #expect(html.contains("2025-12-31"), "the data's as-of date")

        let json = try JSONSerialization.jsonObject(with: Data(try #require(BriefAudit.jsonLD(html: tree)).utf8))
        #expect(BriefAudit.problems(claimReview: json, claims: try Self.claimCount(region: "europe"), verdicts: Self.verdicts) == [])
    }

    @Test func markdownBriefWritesTheMapBesideItAndReferencesItRelatively() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(["brief", "--region", "asia", "--ally", "japan", "--out", dir + "/asia.md"])
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOfFile: dir + "/asia.md", encoding: .utf8)
        #expect(md.contains("](asia.map.svg)"))
        #expect(!md.contains(dir), "no absolute path in the document")
        let svg = try String(contentsOfFile: dir + "/asia.map.svg", encoding: .utf8)
        let tree = try MarkupTree(xml: svg)
        #expect(tree.root.name == "svg")
        let cited = Set(md.matches(of: /\]\(#src-(\d+)\)/).map { Int($0.1)! })
        let anchors = Set(md.matches(of: /<a id="src-(\d+)"><\/a>/).map { Int($0.1)! })
        #expect(!anchors.isEmpty && cited == anchors)
    }

    @Test func markdownToStdoutLeavesTheMapOutAndSaysSo() throws {
        let r = try CLI.run(["brief", "--region", "middle-east", "--format", "md"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# US allies in Middle East"))
        #expect(!r.stdout.contains("!["))
        #expect(r.stderr.contains("map is left out"))
    }

    @Test(arguments: [
        (["brief", "--region", "mars", "--format", "md"], "'mars' is invalid for '--region"),
        (["brief", "--scenario", "no-such-thing", "--format", "md"], "no-such-thing"),
        (["brief", "--ally", "atlantis", "--format", "md"], "no actor matches \"atlantis\""),
        (["brief", "--region", "asia", "--ally", "poland", "--format", "md"], "Poland is in Europe, not Asia"),
        (["brief", "--ally", "russia", "--format", "md"], "not a US ally"),
        (["brief"], "give --format md or html"),
        (["brief", "--out", "brief.txt"], "cannot tell the format"),
        (["claims", "--balance", "--format", "claimreview"], "--balance"),
    ])
    func badInputIsAUsageError(args: [String], message: String) throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(args, cwd: dir)
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "nothing written")
    }

    @Test func aFailedWriteIsExit73AndLeavesNoHalfBrief() throws {
        let dir = try CLI.tempDir()
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        let notADirectory = try CLI.run(["brief", "--out", dir + "/file/b.html"])
        #expect(notADirectory.status == 73)
        #expect(notADirectory.stderr.contains("cannot write the brief"))
        // The map is written first; when the brief itself then fails, the map goes again.
        try FileManager.default.createDirectory(atPath: dir + "/taken.md", withIntermediateDirectories: false)
        let taken = try CLI.run(["brief", "--out", dir + "/taken.md"])
        #expect(taken.status == 73, "\(taken.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["file", "taken.md"])
    }

    @Test func hostileDatasetTextAppearsAsTextInTheBrief() throws {
        let data = try CLI.tempDir() + "/hostile"
        #expect(try CLI.run(["export", "--format", "tsv", "--out", data]).status == 0)
        let actors = data + "/actors.tsv"
        let text = try String(contentsOfFile: actors, encoding: .utf8)
        try text.replacingOccurrences(of: "\tPoland\t", with: "\t<script>alert('x')</script> Poland & <b>Co</b>\t")
            .write(toFile: actors, atomically: true, encoding: .utf8)
        let out = try CLI.tempDir() + "/h.html"
        let r = try CLI.run(["brief", "--data", data, "--region", "europe", "--ally", "poland", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let tree = try MarkupTree(xml: try String(contentsOfFile: out, encoding: .utf8))
        #expect(BriefAudit.problems(html: tree) == [])
        #expect(tree.elements(named: "script").count == 1 && !tree.elements.contains { $0.name == "b" })
        #expect(tree.elements(named: "h3").contains { $0.text == "<script>alert('x')</script> Poland & <b>Co</b>" })
        #expect(tree.elements(named: "svg").first?.all.contains { $0.text.contains("<script>") } == true, "and as text on the map")
    }

    @Test func claimReviewOutputIsValidJSONLDWithTheRequiredFieldsForEveryClaim() throws {
        let r = try CLI.run(["claims", "--format", "claimreview"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        let text = try CLI.run(["claims"]).stdout
        let total = try #require(Int(text.split(separator: "\n").last?.split(separator: " ").first ?? ""))
        #expect(BriefAudit.problems(claimReview: json, claims: total, verdicts: Self.verdicts) == [])
    }
}

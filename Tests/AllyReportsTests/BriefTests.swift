import AllyModel
import AllyTestSupport
import Foundation
import Testing
@testable import AllyReports

/// The brief as a document: read back with a strict XML parser, every figure cited, every link
/// resolving, data text never turned into markup, and the ClaimReview JSON-LD complete.
@Suite struct BriefTests {
    // MARK: - Fixtures

    static let mapSVG = ##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10"><title>map</title><rect width="20" height="10" fill="#123"/></svg>"##
    static let map = Brief.Map(svg: mapSVG, caption: "Map of Asia")

    static let web = Source(name: "Example page", url: "https://example.org/figures", confidence: .high, published: "2024-05", checked: "2026-11-30")

    /// Names, titles, notes, a source name and a page address that try to become markup or script.
    static let hostile: Dataset = {
        let evil = Source(name: "<b>bold</b> & co", url: "javascript:alert(1)", confidence: .low)
        func actor(_ id: String, _ name: String, _ kind: ActorKind, _ region: Region = .europe) -> Actor {
            Actor(id: id, name: name, kind: kind, region: region, capital: "C", location: GeoPoint(lat: 52, lon: 21), source: web)
        }
        return Dataset(
            actors: [
                actor("us", "United States", .us, .world),
                actor("evil", #"<script>alert("x")</script> Evilland"#, .ally),
                actor("foe", "Foe ]]> <!-- & \"quoted\" 'single'", .adversary),
            ],
            indicators: [
                Indicator(actor: "evil", key: "us_troops", value: .number(1000), unit: "personnel", period: Period("2024"), source: web),
                Indicator(actor: "evil", key: "milex_usd", value: .number(5), unit: "USD bn (current)", period: Period("2024"), source: evil),
                Indicator(actor: "foe", key: "milex_usd", value: .number(50), unit: "USD bn (current)", period: Period("2024"), source: web),
            ],
            events: [
                TimelineEvent(id: "raid", date: Period("2024-03-01")!, title: "<img src=x onerror=alert(1)> raid", region: .europe,
                              actor: ["foe"], target: ["evil"], kind: .armed, summary: "", source: web),
            ],
            claims: [
                Claim(id: "c-script", paragraph: 4, region: .europe, actors: ["evil"], stance: .assertion,
                      text: "</script><script>alert(1)</script> & <style>body{display:none}</style>",
                      supports: ["evil.us_troops", "raid"], contradicts: ["evil.milex_usd", "gone.missing"], note: "<iframe src=\"https://x\"/>"),
            ],
            threats: [Threat(ally: "evil", adversary: "foe", rank: 1, basis: .armedClash, year: Period("2024"), source: web)],
            meta: DatasetMeta(asOf: Period("2025-12-31"), title: "<title>hostile</title>",
                              article: ClaimArticle(title: "<i>Headline</i>", outlet: "Outlet & Co"))
        )
    }()

    static func tree(_ brief: Brief) throws -> MarkupTree { try MarkupTree(xml: brief.document(.html).text) }

    // MARK: - HTML

    @Test func htmlIsWellFormedAndEveryFigureCitesASource() throws {
        let brief = try Brief(dataset: Fixture.dataset, region: .asia, allyIDs: ["nihon"], map: Self.map)
        let tree = try Self.tree(brief)
        #expect(BriefAudit.problems(html: tree) == [])
        #expect(tree.elements.filter { $0.classes.contains("fig") }.count >= 5, "table rows, components and evidence are figures")
        #expect(tree.elements(named: "svg").count == 1, "the map is inline")
        #expect(tree.element(id: "explain-nihon") != nil)
        #expect(tree.element(id: "claim-c-linked") != nil)
        let sources = tree.elements.filter { ($0["id"] ?? "").hasPrefix("src-") }
        #expect(sources.count == brief.sources.count)
    }

    @Test func htmlIsSelfContainedReadableInLightAndDarkAndPrintable() throws {
        let html = try Brief(dataset: Fixture.dataset, region: .asia, map: Self.map).document(.html).text
        let tree = try MarkupTree(xml: html)
        let css = tree.elements(named: "style").map(\.text).joined()
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
        #expect(BriefAudit.problems(html: tree) == [], "nothing is loaded from elsewhere")
        #expect(tree.elements(named: "meta").contains { $0["charset"] == "utf-8" })
    }

    @Test func hostileDataStaysText() throws {
        let brief = try Brief(dataset: Self.hostile, region: .europe, allyIDs: ["evil"], map: Self.map)
        let html = brief.document(.html).text
        let tree = try MarkupTree(xml: html)
        #expect(BriefAudit.problems(html: tree) == [])
        let names = Set(tree.elements.map(\.name))
        for tag in ["img", "iframe", "b", "i"] { #expect(!names.contains(tag), "<\(tag)> came from the data") }
        #expect(tree.elements(named: "script").count == 1, "only the JSON-LD block")
        #expect(tree.elements(named: "style").count == 1, "only the page's sheet; the claim's <style> is text")
        #expect(tree.elements.contains { $0.name == "th" && $0.text.contains(#"<script>alert("x")</script> Evilland"#) },
                "the name appears as text in the table")
        #expect(tree.elements(named: "h3").contains { $0.text.contains("</script><script>alert(1)</script> & <style>") })
        #expect(!tree.elements(named: "a").contains { ($0["href"] ?? "").hasPrefix("javascript") }, "a javascript: page is shown, not linked")
        #expect(tree.elements(named: "li").contains { $0.text.contains("javascript:alert(1)") })

        // The JSON-LD block cannot close its script element, and still decodes to the same text.
        let json = try #require(BriefAudit.jsonLD(html: tree))
        #expect(!json.contains("<") && !json.contains("&"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let review = try #require((object?["@graph"] as? [[String: Any]])?.first)
        #expect(review["claimReviewed"] as? String == Self.hostile.claims[0].text)

        let md = brief.document(.md, mapFile: "b.map.svg").text
        for raw in ["<script", "<img", "<iframe", "<style", "<b>", "<i>", "<title>"] { #expect(!md.contains(raw), "\(raw) in Markdown") }
        #expect(md.contains("&lt;script&gt;"))
        #expect(!md.contains("](javascript"), "no Markdown link to javascript:")
    }

    @Test func everyClaimReviewURLIsAnAnchorOfTheBrief() throws {
        let brief = try Brief(dataset: Fixture.dataset, region: .asia)
        let tree = try Self.tree(brief)
        let json = try JSONSerialization.jsonObject(with: Data(try #require(BriefAudit.jsonLD(html: tree)).utf8)) as? [String: Any]
        let graph = try #require(json?["@graph"] as? [[String: Any]])
        #expect(graph.count == brief.claims.count)
        for review in graph {
            let url = try #require(review["url"] as? String)
            #expect(url.hasPrefix("#") && tree.element(id: String(url.dropFirst())) != nil, "\(url)")
        }
    }

    // MARK: - Markdown

    @Test func markdownPutsTheMapBesideItAndLinksEveryCitation() throws {
        let brief = try Brief(dataset: Fixture.dataset, region: .asia, allyIDs: ["nihon"], map: Self.map)
        let doc = brief.document(.md, mapFile: "asia.map.svg")
        #expect(doc.sideFiles == [BriefDocument.SideFile(name: "asia.map.svg", contents: Self.mapSVG)])
        #expect(doc.text.contains("](asia.map.svg)"))
        let cited = Set(doc.text.matches(of: /\]\(#src-(\d+)\)/).map { Int($0.1)! })
        let anchors = Set(doc.text.matches(of: /<a id="src-(\d+)"><\/a>/).map { Int($0.1)! })
        #expect(!cited.isEmpty && cited == anchors && anchors == Set(1...brief.sources.count))

        let bare = brief.document(.md)
        #expect(bare.sideFiles.isEmpty)
        #expect(!bare.text.contains("!["))
        #expect(bare.text.contains("The map is not included"))
    }

    @Test(arguments: [("brief.md", BriefFormat.md), ("out/Brief.HTML", .html), ("x.htm", .html), ("notes.markdown", .md)])
    func formatFollowsTheExtension(name: String, format: BriefFormat) {
        #expect(BriefFormat(fileName: name) == format)
    }

    @Test func theMapFileIsNamedAfterTheBrief() {
        #expect(BriefFormat(fileName: "brief.txt") == nil && BriefFormat(fileName: "brief") == nil)
        #expect(BriefDocument.mapFileName(for: "dir/europe.md") == "europe.map.svg")
        #expect(BriefDocument.mapFileName(for: "brief") == "brief.map.svg")
        #expect(BriefDocument.mapFileName(for: ".hidden") == ".hidden.map.svg")
    }

    // MARK: - Content

    @Test func selectedAlliesMustBeAlliesOfTheRegion() {
        #expect(throws: BriefError.unknownAlly("atlantis")) { try Brief(dataset: Fixture.dataset, allyIDs: ["atlantis"]) }
        #expect(throws: BriefError.notAnAlly("Red")) { try Brief(dataset: Fixture.dataset, allyIDs: ["red"]) }
        #expect(throws: BriefError.outsideRegion("🇮🇱 Flagland", .middleEast, .asia)) {
            try Brief(dataset: Fixture.dataset, region: .asia, allyIDs: ["flag"])
        }
    }

    @Test func theTableShowsTheChangeFromTheBaselineUnderAScenario() throws {
        let retrenchment = try ScenarioCatalog().scenario(named: "us-retrenchment")
        let brief = try Brief(dataset: Fixture.dataset, region: .asia, scenario: retrenchment)
        #expect(brief.changedKinds.contains(.risk))
        #expect(!brief.changedKinds.contains(.reliance), "reliance is measured, not a what-if")
        let baseline = try Brief(dataset: Fixture.dataset, region: .asia)
        #expect(baseline.changedKinds.isEmpty)
        #expect(brief.document(.md).text.contains("Δ risk") && !baseline.document(.md).text.contains("Δ risk"))
    }

    @Test func sourcesAreNumberedInReadingOrderAndShared() {
        var numbering = BriefSources()
        #expect(numbering.numbers([Self.web, Fixture.source, Self.web]) == [1, 2])
        #expect(numbering.number(Fixture.source) == 2)
        #expect(numbering.list == [Self.web, Fixture.source])
    }
}

/// The audit the brief tests rely on finds what it claims to find.
@Suite struct BriefAuditTests {
    @Test func itReportsUncitedFiguresDanglingLinksAndLoadedResources() throws {
        let page = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="https://x/s.css"/>\
            <script src="https://x/a.js"></script></head><body>\
            <p class="fig">12 warheads</p><p class="fig">3 <a href="#src-1">[1]</a></p><a href="#nowhere">x</a>\
            <a href="file:///etc/passwd">y</a><ol><li id="src-1">a</li><li id="src-2">b</li></ol></body></html>
            """
        let problems = BriefAudit.problems(html: try MarkupTree(xml: page))
        for expected in ["figure without a source link: 12 warheads", "link to a missing target: #nowhere", "neither in-page nor a web page",
                         "source src-2 is never cited", "external-capable element <link>", "script loads https://x/a.js"] {
            #expect(problems.contains { $0.contains(expected) }, "\(expected) not reported in \(problems)")
        }
        for broken in ["<p>unclosed <b>tag</p>", "<p>a &nbsp; b</p>", "<p>a < b</p>", "<p>one root</p><p>two</p>"] {
            #expect(throws: MarkupTree.ParseError.self, "\(broken)") { try MarkupTree(xml: broken) }
        }
    }
}

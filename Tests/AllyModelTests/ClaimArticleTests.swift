import Testing
@testable import AllyModel

/// What `meta.tsv` records about the claims' article, and how a bad entry is reported.
@Suite struct ClaimArticleTests {
    @Test func theSeedsRecordTitleAndOutletButNoDateOrLink() throws {
        let article = try DatasetLoader.loadDefault().meta.article
        #expect(article.title.hasSuffix("…"), "the seeds shorten the title rather than quote it")
        #expect(article.outlet == "RT")
        #expect(article.published.isEmpty && article.url.isEmpty, "our copy gives neither, so neither is filled in")
        #expect(!article.note.isEmpty)
    }

    @Test func articleKeysLoadAndBadOnesAreReported() throws {
        let good = "key\tvalue\narticle_title\tA title\narticle_published\t2025-10\narticle_url\thttps://example.org/a\n"
        let meta = try Fixture.load([.meta: good]).meta
        #expect(meta.article == ClaimArticle(title: "A title", published: "2025-10", url: "https://example.org/a"))
        let bad = "key\tvalue\narticle_published\tlast autumn\narticle_url\tjavascript:alert(1)\narticle_author\tX\n"
        let issues = try Fixture.issues([.meta: bad]).map(\.message)
        #expect(issues.contains { $0.hasPrefix("article_published: expected a date") })
        #expect(issues.contains { $0.hasPrefix("article_url: expected an http(s) address") })
        #expect(issues.contains { $0.contains("unknown key \"article_author\"") && $0.contains("article_note") })
    }
}

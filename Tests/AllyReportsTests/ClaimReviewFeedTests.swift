import AllyModel
import AllyTestSupport
import Foundation
import Testing
@testable import AllyReports

/// `claims --format claimreview`: valid JSON, a ClaimReview with the required properties for
/// every claim, only schema.org property names, nothing invented about the article.
@Suite struct ClaimReviewFeedTests {
    static let verdictLabels = Set(Verdict.allCases.map(\.label))

    static func decode(_ feed: ClaimReviewFeed) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(feed.render().utf8)) as? [String: Any])
    }

    @Test func everyClaimOfTheSeedsHasTheRequiredProperties() throws {
        let dataset = try DatasetLoader.loadDefault()
        let feed = ClaimReviewFeed(dataset: dataset, verdicts: dataset.claims.map(ClaimAssessor(dataset: dataset).assess))
        let json = try Self.decode(feed)
        #expect(BriefAudit.problems(claimReview: json, claims: dataset.claims.count, verdicts: Self.verdictLabels) == [])
        let graph = try #require(json["@graph"] as? [[String: Any]])
        let appearance = try #require((graph[0]["itemReviewed"] as? [String: Any])?["appearance"] as? [String: Any])
        #expect(appearance["headline"] as? String == dataset.meta.article.title)
        #expect((appearance["publisher"] as? [String: Any])?["name"] as? String == "RT")
        #expect(appearance["datePublished"] == nil && appearance["url"] == nil, "our copy has no date or link: left out, not guessed")
        #expect((graph[0]["itemReviewed"] as? [String: Any])?["author"] == nil, "the article's author is not known")
        let cited = graph.compactMap { $0["citation"] as? [[String: Any]] }.flatMap { $0 }
        #expect(!cited.isEmpty && cited.allSatisfy { ($0["url"] as? String ?? "").hasPrefix("http") })
    }

    @Test func aDatasetThatSaysNothingOfTheArticleGetsNoAppearance() throws {
        let feed = ClaimReviewFeed(dataset: Fixture.dataset, verdicts: Fixture.dataset.claims.map(ClaimAssessor(dataset: Fixture.dataset).assess))
        let json = try Self.decode(feed)
        #expect(BriefAudit.problems(claimReview: json, claims: 2, verdicts: Self.verdictLabels) == [])
        let graph = try #require(json["@graph"] as? [[String: Any]])
        #expect(graph.allSatisfy { ($0["itemReviewed"] as? [String: Any])?.keys.sorted() == ["@type"] })
        #expect(graph.allSatisfy { $0["citation"] == nil }, "the fixture's source has no page to cite")
    }

    @Test func theAuditCatchesAMissingRequiredProperty() {
        let broken: [String: Any] = ["@context": "https://schema.org", "@graph": [["@type": "ClaimReview", "claimReviewed": "x",
                                     "reviewRating": ["@type": "Rating"], "author": ["@type": "Organization", "name": "a"],
                                     "itemReviewed": ["@type": "Claim"], "rating": 3]]]
        let problems = BriefAudit.problems(claimReview: broken, claims: 1, verdicts: Self.verdictLabels)
        #expect(problems.contains { $0.contains("no url") })
        #expect(problems.contains { $0.contains("alternateName") })
        #expect(problems.contains { $0.contains("rating is not a ClaimReview property") })
    }

    @Test func jsonStringsAreSafeInsideAScriptElement() throws {
        let value = JSONValue.fields(["text": .string("</script> & <b>\u{1}\u{2028}\"\\"), "n": .number(3), "x": .text("")])
        let text = value.rendered()
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(!text.contains("\"x\""), "an empty optional field is left out")
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(back["text"] as? String == "</script> & <b>\u{1}\u{2028}\"\\")
        #expect(back["n"] as? Int == 3)
    }
}

import AllyModel

/// The claims and their verdicts as schema.org `ClaimReview` JSON-LD: what `claims --format
/// claimreview` prints and what the HTML brief embeds.
///
/// Property names follow https://schema.org/ClaimReview, https://schema.org/Claim and
/// https://schema.org/Rating. Which ones are required (`claimReviewed`, `reviewRating` with its
/// `alternateName`, `url`) and recommended (`author`, `itemReviewed` with `appearance`/`author`)
/// comes from Google's fact-check documentation as tabulated at
/// https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/ (read for this file).
///
/// Only what the dataset records is written: the article's date, link and author are left out
/// when `meta.tsv` does not give them, and so is a numeric rating (the verdicts are not a scale).
public struct ClaimReviewFeed: Report, Sendable {
    public let dataset: Dataset
    public let verdicts: [ClaimVerdict]

    public init(dataset: Dataset, verdicts: [ClaimVerdict]) {
        self.dataset = dataset
        self.verdicts = verdicts
    }

    /// The JSON-LD document: one `ClaimReview` per claim in a `@graph`.
    public var jsonLD: JSONValue {
        .fields(["@context": .string("https://schema.org"), "@graph": .array(verdicts.map(review))])
    }

    public func render(style: ReportStyle = .plain) -> String { jsonLD.rendered() }

    /// The fragment a claim's review lives at (`claim-` and the id, made safe for a URL and an
    /// XML id): the review's `url`, and the anchor of the claim in the brief.
    public static func anchor(for claim: Claim) -> String { "claim-" + Markup.slug(claim.id) }

    /// The organisation that reviews the claims.
    static let reviewer: JSONValue = .fields(["@type": .string("Organization"), "name": .string("allymap")])

    // MARK: - Private

    private func review(_ v: ClaimVerdict) -> JSONValue {
        let anchor = "#" + Self.anchor(for: v.claim)
        let cited = citations(v.claim)
        return .fields([
            "@type": .string("ClaimReview"),
            "@id": .string(anchor),
            "url": .string(anchor),
            "identifier": .string(v.claim.id),
            "claimReviewed": .string(v.claim.text),
            "itemReviewed": claim(v.claim),
            "reviewRating": .fields([
                "@type": .string("Rating"),
                "alternateName": .string(v.verdict.label),
                "ratingExplanation": .text(v.reasoning),
            ]),
            "reviewBody": .text(v.claim.note),
            "author": Self.reviewer,
            "citation": cited.isEmpty ? nil : .array(cited),
        ])
    }

    /// The claim as it appeared: in the article, as far as the dataset describes it.
    private func claim(_ c: Claim) -> JSONValue {
        let a = dataset.meta.article
        let appearance: JSONValue? = a.title.isEmpty && a.outlet.isEmpty && a.url.isEmpty ? nil : .fields([
            "@type": .string("OpinionNewsArticle"),
            "headline": .text(a.title),
            "publisher": a.outlet.isEmpty ? nil : .fields(["@type": .string("Organization"), "name": .string(a.outlet)]),
            "datePublished": .text(a.published),
            "url": .text(a.url),
        ])
        return .fields(["@type": .string("Claim"), "appearance": appearance])
    }

    /// The pages of the evidence for and against, each once, in the claim's order.
    private func citations(_ c: Claim) -> [JSONValue] {
        var seen = Set<String>()
        return (c.supports + c.contradicts).compactMap { id in
            guard let source = BriefSources.source(ofEvidence: id, in: dataset), Markup.isWebAddress(source.url),
                  seen.insert(source.url).inserted else { return nil }
            return .fields([
                "@type": .string("CreativeWork"),
                "name": .string(source.name),
                "url": .string(source.url),
                "datePublished": .text(source.published),
            ])
        }
    }
}

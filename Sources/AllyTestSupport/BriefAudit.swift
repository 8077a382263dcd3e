import Foundation

/// Checks shared by the brief's tests: on its HTML (read by `MarkupTree`) and on the ClaimReview
/// JSON-LD that the brief embeds and `claims --format claimreview` prints.
public enum BriefAudit {
    /// Everything wrong with a brief's HTML; empty when it passes:
    /// - every figure (`class="fig"`) links to a numbered source (`#src-N`);
    /// - every in-page link has a target, every other link is an http(s) page;
    /// - the sources are numbered 1…N, each cited at least once;
    /// - ids are unique; nothing is loaded from elsewhere (no `src`, `link`, `@import`, `url(`,
    ///   and the only script is the JSON-LD data block).
    public static func problems(html tree: MarkupTree) -> [String] {
        var out: [String] = []
        let elements = tree.elements
        var ids: [String: Int] = [:]
        for e in elements { if let id = e["id"] { ids[id, default: 0] += 1 } }
        out += ids.filter { $0.value > 1 }.map { "id \"\($0.key)\" is used \($0.value) times" }

        for e in elements where e.classes.contains("fig") {
            let cites = e.all.contains { $0.name == "a" && ($0["href"] ?? "").hasPrefix("#src-") }
            if !cites { out.append("figure without a source link: \(e.text.prefix(120))") }
        }
        var cited = Set<String>()
        for a in elements where a.name == "a" {
            guard let href = a["href"] else { out.append("link without href: \(a.text)"); continue }
            if href.hasPrefix("#") {
                let target = String(href.dropFirst())
                if ids[target] == nil { out.append("link to a missing target: \(href)") }
                if target.hasPrefix("src-") { cited.insert(target) }
            } else if !(href.hasPrefix("https://") || href.hasPrefix("http://")) {
                out.append("link that is neither in-page nor a web page: \(href)")
            }
        }
        let numbered = elements.compactMap { $0["id"] }.filter { $0.hasPrefix("src-") }
        for (i, id) in numbered.enumerated() where id != "src-\(i + 1)" { out.append("source \(id) is out of order (expected src-\(i + 1))") }
        out += numbered.filter { !cited.contains($0) }.map { "source \($0) is never cited" }

        for e in elements {
            if e["src"] != nil { out.append("\(e.name) loads \(e["src"]!)") }
            if ["link", "iframe", "object", "embed", "img", "image", "use", "base"].contains(e.name) { out.append("external-capable element <\(e.name)>") }
            if e.name == "script" && e["type"] != "application/ld+json" { out.append("script element of type \(e["type"] ?? "none")") }
            if e.name == "style" && (e.text.contains("url(") || e.text.contains("@import")) { out.append("style sheet loads a resource") }
            for (name, value) in e.attributes where name.lowercased().hasPrefix("on") || value.lowercased().hasPrefix("javascript:") {
                out.append("\(e.name) has \(name)=\(value)")
            }
        }
        return out
    }

    /// The text of the page's JSON-LD block, if there is exactly one.
    public static func jsonLD(html tree: MarkupTree) -> String? {
        let blocks = tree.elements(named: "script").filter { $0["type"] == "application/ld+json" }
        return blocks.count == 1 ? blocks[0].text : nil
    }

    // MARK: - ClaimReview

    /// Properties our JSON-LD may use on each type: schema.org's own lists (ClaimReview inherits
    /// Review, CreativeWork and Thing; Claim inherits CreativeWork) narrowed to what allymap writes.
    /// Source: https://schema.org/ClaimReview, https://schema.org/Claim, https://schema.org/Rating.
    public static let schemaProperties: [String: Set<String>] = [
        "ClaimReview": ["@type", "@id", "url", "identifier", "claimReviewed", "itemReviewed", "reviewRating", "reviewBody",
                        "author", "citation", "datePublished", "name"],
        "Claim": ["@type", "appearance", "firstAppearance", "author", "datePublished", "name", "text"],
        "Rating": ["@type", "alternateName", "ratingExplanation", "ratingValue", "bestRating", "worstRating", "name"],
        "OpinionNewsArticle": ["@type", "headline", "publisher", "datePublished", "url", "author", "inLanguage"],
        "Organization": ["@type", "name", "url"],
        "CreativeWork": ["@type", "name", "url", "datePublished"],
    ]

    /// Everything wrong with a ClaimReview JSON-LD document; empty when it passes. Required per
    /// review (Google's fact-check list, as tabulated at
    /// https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/): `claimReviewed`,
    /// `reviewRating` (a Rating) with `alternateName`, `url`; and the recommended `author` and
    /// `itemReviewed` (a Claim). Every object's properties must be schema.org properties of its type.
    public static func problems(claimReview json: Any, claims: Int, verdicts: Set<String>) -> [String] {
        guard let root = json as? [String: Any] else { return ["the document is not a JSON object"] }
        var out: [String] = []
        if root["@context"] as? String != "https://schema.org" { out.append("@context is not https://schema.org") }
        guard let graph = root["@graph"] as? [[String: Any]] else { return out + ["no @graph array"] }
        if graph.count != claims { out.append("\(graph.count) reviews for \(claims) claims") }
        for (i, review) in graph.enumerated() {
            let at = "review \(i + 1) (\(review["identifier"] as? String ?? "?"))"
            if review["@type"] as? String != "ClaimReview" { out.append("\(at): @type is not ClaimReview") }
            if (review["claimReviewed"] as? String ?? "").isEmpty { out.append("\(at): no claimReviewed") }
            if (review["url"] as? String ?? "").isEmpty { out.append("\(at): no url") }
            let rating = review["reviewRating"] as? [String: Any]
            if rating?["@type"] as? String != "Rating" { out.append("\(at): reviewRating is not a Rating") }
            if let name = rating?["alternateName"] as? String {
                if !verdicts.contains(name) { out.append("\(at): alternateName \"\(name)\" is not a verdict") }
            } else {
                out.append("\(at): no reviewRating.alternateName")
            }
            if (review["author"] as? [String: Any])?["name"] as? String == nil { out.append("\(at): no author") }
            if (review["itemReviewed"] as? [String: Any])?["@type"] as? String != "Claim" { out.append("\(at): itemReviewed is not a Claim") }
            out += propertyProblems(review, at: at)
        }
        return out
    }

    private static func propertyProblems(_ value: Any, at: String) -> [String] {
        if let list = value as? [Any] { return list.flatMap { propertyProblems($0, at: at) } }
        guard let object = value as? [String: Any] else { return [] }
        guard let type = object["@type"] as? String else { return ["\(at): an object without @type"] }
        guard let allowed = schemaProperties[type] else { return ["\(at): unexpected type \(type)"] }
        var out = object.keys.filter { !allowed.contains($0) }.sorted().map { "\(at): \($0) is not a \(type) property we expect" }
        for (key, child) in object where key != "@type" { out += propertyProblems(child, at: "\(at).\(key)") }
        return out
    }
}

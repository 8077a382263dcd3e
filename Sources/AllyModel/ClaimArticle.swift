/// The article the claims restate, as far as the dataset records it; each field is "" when not known.
///
/// Read from the `article_*` keys of `meta.tsv`. Nothing here is guessed: a field the copy of the
/// article does not give stays empty, and reports leave it out rather than fill it in.
public struct ClaimArticle: Sendable, Hashable, Codable {
    /// The title as the dataset gives it (the seeds shorten it rather than quote it in full).
    public var title: String
    /// The outlet that published the copy the claims were read from.
    public var outlet: String
    /// Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var published: String
    /// The page of the article.
    public var url: String
    /// What else is known about the copy (language, translation, why the date is missing).
    public var note: String

    public init(title: String = "", outlet: String = "", published: String = "", url: String = "", note: String = "") {
        (self.title, self.outlet, self.published, self.url, self.note) = (title, outlet, published, url, note)
    }

    /// True when the dataset says nothing about the article.
    public var isEmpty: Bool { self == ClaimArticle() }

    /// The `meta.tsv` keys, in the order they are written, with their values.
    public var rows: [(key: String, value: String)] {
        [("article_title", title), ("article_outlet", outlet), ("article_published", published), ("article_url", url), ("article_note", note)]
    }

    enum CodingKeys: String, CodingKey { case title, outlet, published, url, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        self.init(title: try text(.title), outlet: try text(.outlet), published: try text(.published), url: try text(.url), note: try text(.note))
    }
}

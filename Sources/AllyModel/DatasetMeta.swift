/// Facts about a dataset as a whole.
public struct DatasetMeta: Sendable, Hashable, Codable {
    /// The date the data describes the world as of: no source may be published after it.
    public var asOf: Period?
    /// What the dataset is, in a few words.
    public var title: String = ""
    /// The article whose claims `claims.tsv` restates.
    public var article = ClaimArticle()

    public init(asOf: Period? = nil, title: String = "", article: ClaimArticle = ClaimArticle()) {
        self.asOf = asOf; self.title = title; self.article = article
    }

    enum CodingKeys: String, CodingKey { case asOf = "as_of", title, article }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.decodeIfPresent(Period.self, forKey: .asOf)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        article = try c.decodeIfPresent(ClaimArticle.self, forKey: .article) ?? ClaimArticle()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(asOf, forKey: .asOf)
        try c.encode(title, forKey: .title)
        if !article.isEmpty { try c.encode(article, forKey: .article) }
    }
}

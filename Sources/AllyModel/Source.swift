/// How much a figure can be trusted, following the reference sheet's rules.
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }

    /// The mark printed after a weak figure so readers know it is weak.
    public var mark: String { self == .low ? "~" : "" }
}

/// Where a fact comes from.
public struct Source: Sendable, Hashable, Codable {
    public var name: String
    /// The page that states the figure.
    public var url: String
    public var confidence: Confidence
    /// When that page was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), "" when not known;
    /// never later than the dataset's as-of date.
    public var published: String
    /// When someone last read the page and confirmed the figure on it ("" = never checked).
    public var checked: String

    public init(name: String, url: String = "", confidence: Confidence, published: String = "", checked: String = "") {
        (self.name, self.url, self.confidence, self.published, self.checked) = (name, url, confidence, published, checked)
    }

    enum CodingKeys: String, CodingKey { case name, url, confidence, published, checked }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        url = try c.decodeIfPresent(String.self, forKey: .url) ?? ""
        confidence = try c.decode(Confidence.self, forKey: .confidence)
        published = try c.decodeIfPresent(String.self, forKey: .published) ?? ""
        checked = try c.decodeIfPresent(String.self, forKey: .checked) ?? ""
    }
}

/// Facts about a dataset as a whole.
public struct DatasetMeta: Sendable, Hashable, Codable {
    /// The date the data describes the world as of: no source may be published after it.
    public var asOf: Period?
    /// What the dataset is, in a few words.
    public var title: String = ""

    public init(asOf: Period? = nil, title: String = "") { self.asOf = asOf; self.title = title }

    enum CodingKeys: String, CodingKey { case asOf = "as_of", title }
}

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
    public var url: String
    public var confidence: Confidence

    public init(name: String, url: String = "", confidence: Confidence) {
        (self.name, self.url, self.confidence) = (name, url, confidence)
    }
}

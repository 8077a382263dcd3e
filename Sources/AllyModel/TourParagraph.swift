/// One row of `tour.tsv`: a paragraph of the article, where the map goes for it, and what it claims.
public struct TourParagraph: Sendable, Hashable, Codable {
    /// Paragraph number as in shared/seeds/PARAGRAPHS.md (¶0 is the subtitle).
    public var paragraph: Int
    /// The region the map moves to.
    public var region: Region
    /// Actor ids the map frames and highlights.
    public var actors: [String]
    /// Ids of the claims made in this paragraph (each claim belongs to exactly one step).
    public var claims: [String]
    /// Score components the claims rest on, as `index.component` (`exposure.nuclear`).
    public var components: [String]
    /// One line on what the paragraph argues, in the project's own words.
    public var topic: String

    public init(paragraph: Int, region: Region, actors: [String] = [], claims: [String] = [],
                components: [String] = [], topic: String) {
        self.paragraph = paragraph; self.region = region; self.actors = actors; self.claims = claims
        self.components = components; self.topic = topic
    }

    public var citation: String { "¶\(paragraph)" }

    /// The descriptor of an `index.component` name, or nil if no weighted index has it.
    public static func component(named name: String) -> ScoreComponent? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = ScoreKind(rawValue: parts[0]), ScoreKind.weighted.contains(kind) else { return nil }
        return kind.component(parts[1])
    }

    /// Every name `components` may use, in display order (for error messages).
    public static var componentNames: [String] {
        ScoreKind.weighted.flatMap { kind in kind.components.map { "\(kind.rawValue).\($0.id)" } }
    }
}

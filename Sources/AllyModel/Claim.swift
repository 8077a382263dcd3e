/// What kind of statement the article makes.
public enum ClaimStance: String, Sendable, Hashable, Codable, CaseIterable {
    /// A statement of fact that data can check.
    case assertion
    /// A statement about what will happen.
    case prediction
    /// An interpretation or value judgement.
    case judgement
}

/// A claim from the seed article, paraphrased, with the evidence that bears on it.
public struct Claim: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// Paragraph number as in shared/seeds/PARAGRAPHS.md (¶0 is the subtitle).
    public var paragraph: Int
    public var region: Region
    public var actors: [String]
    public var stance: ClaimStance
    /// The claim in the project's own words.
    public var text: String
    /// Evidence ids (indicator `actor.key` or event id) that support the claim.
    public var supports: [String]
    /// Evidence ids that cut against it.
    public var contradicts: [String]
    public var note: String

    public init(id: String, paragraph: Int, region: Region, actors: [String], stance: ClaimStance, text: String,
                supports: [String], contradicts: [String], note: String = "") {
        self.id = id; self.paragraph = paragraph; self.region = region; self.actors = actors; self.stance = stance
        self.text = text; self.supports = supports; self.contradicts = contradicts; self.note = note
    }

    public var citation: String { "¶\(paragraph)" }

    enum CodingKeys: String, CodingKey { case id, paragraph, region, actors, stance, text = "claim", supports, contradicts, note }
}

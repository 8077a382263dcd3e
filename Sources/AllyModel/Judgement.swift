/// A published expert judgement the model is tested against: on `index`, `higher` should score
/// above `lower` (e.g. "Taiwan relies on US arms more than Japan does", from SIPRI's figures).
public struct Judgement: Sendable, Hashable, Codable {
    public var id: String
    public var index: ScoreKind
    public var higher: String
    public var lower: String
    /// The judgement in our own words.
    public var statement: String
    public var source: Source
    public var note: String

    public init(id: String, index: ScoreKind, higher: String, lower: String, statement: String, source: Source, note: String = "") {
        self.id = id; self.index = index; self.higher = higher; self.lower = lower
        self.statement = statement; self.source = source; self.note = note
    }
}

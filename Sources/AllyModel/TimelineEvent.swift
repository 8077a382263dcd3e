/// What sort of thing happened; the risk model counts `armed` events.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case armed, treaty, nuclear, poll, policy
}

/// A dated event on the timeline (a treaty, a strike, a poll).
public struct TimelineEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var date: Period
    public var title: String
    public var region: Region
    /// Actor ids taking part.
    public var actors: [String]
    /// Parties that are not actors in the dataset (Ukraine, NATO, the IAEA...).
    public var others: [String]
    public var kind: EventKind
    public var summary: String
    public var source: Source

    public init(id: String, date: Period, title: String, region: Region, actors: [String], others: [String] = [],
                kind: EventKind, summary: String, source: Source) {
        self.id = id; self.date = date; self.title = title; self.region = region; self.actors = actors
        self.others = others; self.kind = kind; self.summary = summary; self.source = source
    }

    public func involves(_ actorID: String) -> Bool { actors.contains(actorID) }
}

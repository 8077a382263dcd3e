/// What sort of thing happened; the risk model counts `armed` events.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case armed, treaty, nuclear, poll, policy
    /// Drills, gray-zone pressure, airspace violations, cable cuts: force short of war.
    case coercion
    /// US statements or decisions that bear on its commitments.
    case usSignal = "us-signal"
    /// US forces defended an ally against an attack.
    case directDefence = "direct-defence"
    /// The US chose not to defend an ally that was attacked.
    case nonResponse = "non-response"
}

/// A dated event on the timeline (a treaty, a strike, a poll).
public struct TimelineEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var date: Period
    public var title: String
    public var region: Region
    /// Who acted: the attacker, the state that declared, or every party to a treaty.
    public var actor: [String]
    /// Who was acted upon (empty for treaties and declarations).
    public var target: [String]
    /// Every actor id taking part, actors first.
    public var actors: [String] { target.isEmpty ? actor : actor + target.filter { !actor.contains($0) } }
    /// Parties that are not actors in the dataset (Ukraine, NATO, the IAEA...).
    public var others: [String]
    public var kind: EventKind
    public var summary: String
    public var source: Source

    public init(id: String, date: Period, title: String, region: Region, actor: [String], target: [String] = [],
                others: [String] = [], kind: EventKind, summary: String, source: Source) {
        self.id = id; self.date = date; self.title = title; self.region = region; self.actor = actor; self.target = target
        self.others = others; self.kind = kind; self.summary = summary; self.source = source
    }

    /// An event whose parties are not split by direction (every one is an actor).
    public init(id: String, date: Period, title: String, region: Region, actors: [String], others: [String] = [],
                kind: EventKind, summary: String, source: Source) {
        self.init(id: id, date: date, title: title, region: region, actor: actors, others: others, kind: kind,
                  summary: summary, source: source)
    }

    public func involves(_ actorID: String) -> Bool { actors.contains(actorID) }
}

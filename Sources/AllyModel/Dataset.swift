/// Everything allymap knows: actors, their indicators, events and the article's claims.
///
/// Built once on load; lookups go through indexes so screens stay fast on large datasets.
public struct Dataset: Sendable, Equatable {
    public let actors: ActorTable
    public let indicators: IndicatorTable
    /// Oldest first.
    public let events: EventTable
    public let claims: [Claim]
    /// Who threatens each ally and why, best first per ally (rank 1 = main threat).
    public let threats: [Threat]
    public let meta: DatasetMeta
    /// Published judgements the model is checked against (`allymap validate --model`).
    public let judgements: [Judgement]
    /// The guided tour of the article, in paragraph order; empty when the dataset brings none.
    public let tour: [TourParagraph]

    /// Positions in `indicators` of each actor's indicators, by actor position (see `ActorGroups`);
    /// lookups by `actor.key` go through it, so no million `actor.key` strings are built on load.
    private let indicatorsByActor: ActorGroups
    /// Positions in `events` (oldest first) of the events naming each actor, so an ally's timeline
    /// and its risk score do not scan every event: scoring 100k allies was O(allies × events).
    private let eventsByActor: ActorGroups
    /// Positions in `actors` of the allies of each region, in dataset order (world: all of them),
    /// so the explorer's per-frame and per-key lookups cost O(allies shown), not O(actors).
    private let allyPositions: [Region: [Int]]
    /// The guarantor (the first actor of kind `.us`), found once rather than by each scoring context.
    public let us: Actor?
    /// Year of the newest event, computed once (scoring measures "recent" back from it).
    public let latestEventYear: Int?

    public init(actors: [Actor], indicators: [Indicator], events: [TimelineEvent], claims: [Claim],
                threats: [Threat] = [], meta: DatasetMeta = DatasetMeta(), judgements: [Judgement] = [],
                tour: [TourParagraph] = []) {
        self.init(actors: actors, indicators: IndicatorTable(indicators), events: events, claims: claims, threats: threats, meta: meta,
                  judgements: judgements, tour: tour)
    }

    public init(actors: [Actor], indicators: IndicatorTable, events: [TimelineEvent], claims: [Claim],
                threats: [Threat] = [], meta: DatasetMeta = DatasetMeta(), judgements: [Judgement] = [],
                tour: [TourParagraph] = []) {
        self.init(actors: ActorTable(actors), indicators: indicators, events: EventTable(events), claims: claims, threats: threats,
                  meta: meta, judgements: judgements, tour: tour)
    }

    public init(actors: ActorTable, indicators: IndicatorTable, events: consuming EventTable, claims: [Claim],
                threats: [Threat] = [], meta: DatasetMeta = DatasetMeta(), judgements: [Judgement] = [],
                tour: [TourParagraph] = []) {
        self.judgements = judgements
        self.tour = tour.sorted { $0.paragraph < $1.paragraph }
        self.threats = threats.sorted { ($0.ally, $0.rank) < ($1.ally, $1.rank) }
        self.meta = meta
        // An ally's adversaries are its sourced threats, main threat first, when the data has a
        // threats table (synthetic datasets list adversaries on the actors instead).
        var actors = actors
        if !threats.isEmpty {
            var byAlly: [String: [String]] = [:]
            for t in self.threats where t.adversary != Threat.none { byAlly[t.ally, default: []].append(t.adversary) }
            actors = ActorTable(actors.map { a in
                var a = a
                if a.kind == .ally { a.adversaries = byAlly[a.id] ?? [] }
                return a
            })
        }
        self.actors = actors
        self.indicators = indicators
        // Sorted in place when the caller hands its array over (`consume`), not copied.
        var events = events
        events.sortByDate()
        self.events = events
        self.claims = claims.sorted { ($0.paragraph, $0.id) < ($1.paragraph, $1.id) }
        indicatorsByActor = indicators.groupedByActor(actorCount: actors.count, position: actors.position(of:))
        let sortedEvents = self.events
        eventsByActor = ActorGroups(actorCount: actors.count, position: actors.position(of:), items: sortedEvents.count) { i, add in
            let parties = sortedEvents.parties(at: i)
            for (n, actor) in parties.enumerated() where !parties[..<n].contains(actor) { add(actor) }
        }
        var allyAt: [Region: [Int]] = [:]
        for i in actors.indices where actors.kind(at: i) == .ally {
            allyAt[.world, default: []].append(i)
            let region = actors.region(at: i)
            if region != .world { allyAt[region, default: []].append(i) }
        }
        allyPositions = allyAt
        us = actors.indices.first { actors.kind(at: $0) == .us }.map { actors[$0] }
        latestEventYear = events.indices.map { events.date(at: $0).last }.max()
    }

    public static func == (a: Dataset, b: Dataset) -> Bool {
        a.actors == b.actors && a.indicators == b.indicators && a.events == b.events && a.claims == b.claims
            && a.threats == b.threats && a.meta == b.meta && a.judgements == b.judgements && a.tour == b.tour
    }

    /// The sourced threats to `ally`, main threat first.
    public func threats(to ally: String) -> [Threat] { threats.filter { $0.ally == ally } }

    // MARK: - Lookups

    public func actor(_ id: String) -> Actor? { actors.position(of: id).map { actors[$0] } }

    public var allies: [Actor] { allies(in: .world) }

    public func allies(in region: Region) -> [Actor] {
        (allyPositions[region] ?? []).map { actors[$0] }
    }

    /// Where the allies of `region` (all of them for `.world`) sit in `actors`, in dataset order,
    /// for loops that read a field or two of each without building whole actors.
    public func allyPositions(in region: Region) -> [Int] { allyPositions[region] ?? [] }

    /// How many allies the dataset has (without building the list).
    public var allyCount: Int { allyPositions[.world]?.count ?? 0 }

    /// The first ally of a region in dataset order (any region for `.world`).
    public func firstAlly(in region: Region) -> Actor? { allyPositions[region]?.first.map { actors[$0] } }

    public func actors(in region: Region) -> [Actor] {
        region == .world ? Array(actors) : actors.filter { $0.region == region }
    }

    /// The indicator `actor.key` (keys have no dots, so the id splits at its last one).
    public func indicator(_ id: String) -> Indicator? {
        guard let dot = id.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return indicator(String(id[..<dot]), IndicatorKey(String(id[id.utf8.index(after: dot)...])))
    }

    public func indicator(_ actor: String, _ key: IndicatorKey) -> Indicator? {
        indicatorsByActor.firstPosition(of: actor, position: actors.position(of:)) { indicators.key(at: $0) == key.rawValue }.map { indicators[$0] }
    }

    public func indicators(of actor: String) -> [Indicator] {
        indicatorsByActor.positions(of: actor, position: actors.position(of:)).map { indicators[$0] }
    }

    public func event(_ id: String) -> TimelineEvent? { events.position(of: id).map { events[$0] } }

    /// Events involving an actor, newest first.
    public func events(involving actor: String) -> [TimelineEvent] {
        eventsByActor.positions(of: actor, position: actors.position(of:)).reversed().map { events[$0] }
    }

    /// Claims about an actor: those naming it, and those about its region that name no one.
    /// (World-wide claims are about the US guarantee in general; `claims(in: .world)` lists them.)
    public func claims(about actor: Actor) -> [Claim] {
        claims.filter { $0.actors.contains(actor.id) || ($0.actors.isEmpty && $0.region == actor.region) }
    }

    public func claims(in region: Region) -> [Claim] {
        region == .world ? claims : claims.filter { $0.region == region || $0.region == .world }
    }

    /// An evidence id resolved to what it names.
    public func evidence(_ id: String) -> Evidence? {
        if let i = indicator(id) { return .indicator(i) }
        if let e = event(id) { return .event(e) }
        return nil
    }
}

/// A piece of evidence a claim cites.
public enum Evidence: Sendable, Hashable {
    case indicator(Indicator)
    case event(TimelineEvent)

    public var id: String {
        switch self {
        case .indicator(let i): return i.id
        case .event(let e): return e.id
        }
    }
}

extension Dataset: Codable {
    enum CodingKeys: String, CodingKey { case format, actors, indicators, events, claims, threats, meta, judgements, tour }

    /// Version of the JSON layout; bumped when a field changes meaning.
    public static let formatVersion = 2

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actors: try c.decode([Actor].self, forKey: .actors),
                  indicators: try c.decode([Indicator].self, forKey: .indicators),
                  events: try c.decode([TimelineEvent].self, forKey: .events),
                  claims: try c.decode([Claim].self, forKey: .claims),
                  threats: try c.decodeIfPresent([Threat].self, forKey: .threats) ?? [],
                  meta: try c.decodeIfPresent(DatasetMeta.self, forKey: .meta) ?? DatasetMeta(),
                  judgements: try c.decodeIfPresent([Judgement].self, forKey: .judgements) ?? [],
                  tour: try c.decodeIfPresent([TourParagraph].self, forKey: .tour) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatVersion, forKey: .format)
        try c.encode(Array(actors), forKey: .actors)
        try c.encode(Array(indicators), forKey: .indicators)
        try c.encode(Array(events), forKey: .events)
        try c.encode(claims, forKey: .claims)
        try c.encode(threats, forKey: .threats)
        try c.encode(meta, forKey: .meta)
        try c.encode(judgements, forKey: .judgements)
        try c.encode(tour, forKey: .tour)
    }
}

import AllyModel

/// Something to pin on the map: an actor at its capital, decoupled from the dataset and risk model.
public struct MapMarker: Sendable, Hashable, Identifiable {
    public var id: String
    /// Text shown beside the marker (usually the actor's name).
    public var label: String
    public var point: GeoPoint
    public var kind: ActorKind
    /// Whether the actor has nuclear weapons (marked with its own glyph for adversaries).
    public var nuclear: Bool
    /// Risk level for allies, which decides their colour; nil when not (yet) known.
    public var level: RiskLevel?
    /// Higher wins: markers keep their true cell and labels are placed first.
    public var importance: Int
    /// How far the ally's risk moves under the what-if in force, in whole points (nil at the
    /// baseline, when it does not move, or when it cannot be scored); shown beside the label.
    public var change: Int?

    public init(id: String, label: String, point: GeoPoint, kind: ActorKind, nuclear: Bool = false,
                level: RiskLevel? = nil, importance: Int = 0) {
        self.id = id; self.label = label; self.point = point; self.kind = kind
        self.nuclear = nuclear; self.level = level; self.importance = importance
    }

    /// A marker for an actor at its capital. Importance defaults by role: the US and nuclear
    /// adversaries first, then allies, adversaries and armed groups.
    public init(actor: Actor, nuclear: Bool = false, level: RiskLevel? = nil, importance: Int? = nil) {
        self.init(id: actor.id, label: actor.name, point: actor.location, kind: actor.kind, nuclear: nuclear,
                  level: level, importance: importance ?? Self.defaultImportance(kind: actor.kind, nuclear: nuclear))
    }

    /// The default importance of a marker of this kind.
    public static func defaultImportance(kind: ActorKind, nuclear: Bool) -> Int {
        switch kind {
        case .us: return 40
        case .adversary: return nuclear ? 35 : 20
        case .ally: return 30
        case .nonstate: return 10
        }
    }
}

/// Why an adversary is listed as a threat to an ally.
public enum ThreatBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The ally's own national security or defence strategy names it.
    case strategyDocument = "strategy-document"
    /// It attacked the ally or clashed with its forces.
    case armedClash = "armed-clash"
    /// Official hostile statements, threats, border or airspace coercion.
    case statedHostility = "stated-hostility"
    /// No state adversary is documented for the ally (the row says so explicitly).
    case noneStated = "none-stated"

    /// Words for a reader: "named in its strategy".
    public var phrase: String {
        switch self {
        case .strategyDocument: return "named in its strategy"
        case .armedClash: return "armed clash"
        case .statedHostility: return "stated hostility"
        case .noneStated: return "no adversary documented"
        }
    }
}

/// One sourced ally–adversary pair: who threatens an ally, how much (rank), and why.
public struct Threat: Sendable, Hashable, Codable {
    public var ally: String
    /// An adversary or non-state actor id, or `none` when no adversary is documented.
    public var adversary: String
    /// 1 is the main threat.
    public var rank: Int
    public var basis: ThreatBasis
    public var year: Period?
    public var source: Source
    public var note: String
    /// Shortest distance between the two territories (0 = shared border), computed from the
    /// Natural Earth outlines by scripts/geo/frontline.py; nil when not computed.
    public var frontlineKm: Double?
    /// Where on the adversary's side that distance ends ("Kaliningrad", "Kuril Islands").
    public var frontlinePlace: String = ""

    /// The id written when an ally has no documented adversary.
    public static let none = "none"

    public init(ally: String, adversary: String, rank: Int, basis: ThreatBasis, year: Period?, source: Source, note: String = "",
                frontlineKm: Double? = nil, frontlinePlace: String = "") {
        self.ally = ally; self.adversary = adversary; self.rank = rank; self.basis = basis
        self.year = year; self.source = source; self.note = note
        self.frontlineKm = frontlineKm; self.frontlinePlace = frontlinePlace
    }
}

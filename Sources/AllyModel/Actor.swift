/// What role an actor plays in the dataset.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A state that relies on a US security tie.
    case ally
    /// A state that threatens one or more allies.
    case adversary
    /// A non-state armed group (Hezbollah, the Houthis, Hamas).
    case nonstate
    /// The United States itself, the guarantor.
    case us

    public var label: String {
        switch self {
        case .ally: return "ally"
        case .adversary: return "adversary"
        case .nonstate: return "non-state armed group"
        case .us: return "guarantor"
        }
    }

    public var isThreat: Bool { self == .adversary || self == .nonstate }
}

/// A state or armed group on the map.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var region: Region
    public var iso2: String
    public var iso3: String
    public var capital: String
    public var location: GeoPoint
    /// Threats this actor faces, main one first (allies only).
    public var adversaries: [String]
    public var aliases: [String]
    /// The territory a non-state group operates from.
    public var host: String
    /// Where the capital and its coordinates come from.
    public var source: Source

    public init(id: String, name: String, kind: ActorKind, region: Region, iso2: String = "", iso3: String = "",
                capital: String, location: GeoPoint, adversaries: [String] = [], aliases: [String] = [],
                host: String = "", source: Source) {
        self.id = id; self.name = name; self.kind = kind; self.region = region
        self.iso2 = iso2; self.iso3 = iso3; self.capital = capital; self.location = location
        self.adversaries = adversaries; self.aliases = aliases; self.host = host; self.source = source
    }
}

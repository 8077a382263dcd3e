/// The registry of named checks, keyed by the claim ids in `seeds/data/claims.tsv`.
///
/// Each entry names the actors it looks at, so the same builders can test other claims or
/// fixture datasets. Claims without an entry fall back to their linked evidence.
public enum ClaimChecks {
    /// Checks by claim id.
    public static let registry: [String: ClaimCheck] = [
        "no-nuclear-neighbour": .noNuclearAdversary(ally: "israel", contrast: "russia"),
        "israel-strikes-five-countries": .attacks(by: "israel"),
        "tokyo-seoul-debate-nukes": .ownWeaponsDebate(in: ["japan", "south-korea"]),
        "israel-support-least-uncertain": .credibilityHighest(for: "israel"),
        "new-york-for-paris": .homelandTrade(ally: "france", adversary: "russia"),
        "europe-greatest-hazard": .greatestHomelandHazard(region: .europe),
        "asia-nuclear-rival": .nuclearRivalInReach(allies: ["japan", "south-korea"]),
        "china-rise-shifts-asia": .risingPower("china", against: ["japan", "south-korea"], guarantor: "us"),
        "middle-east-manageable": .manageableTheatre(region: .middleEast),
        "israel-sponsor-dependence": .patronDependence(ally: "israel"),
    ]
}

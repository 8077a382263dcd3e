/// The registry of named checks, keyed by the claim ids in `seeds/data/claims.tsv`.
///
/// Each entry names the actors it looks at, so the same builders can test other claims or
/// fixture datasets. Claims without an entry fall back to their linked evidence. A check reads
/// data and measured indices only: a claim that could only be settled by a model assumption
/// (how credible a guarantee is, ¶7 and ¶11) has no check and stays a judgement.
public enum ClaimChecks {
    /// Checks by claim id.
    public static let registry: [String: ClaimCheck] = [
        "no-nuclear-neighbour": .noNuclearAdversary(ally: "israel", contrast: "russia"),
        "israel-strikes-five-countries": .attacks(by: "israel"),
        "tokyo-seoul-debate-nukes": .ownWeaponsDebate(in: ["japan", "south-korea"]),
        "new-york-for-paris": .homelandTrade(ally: "france", adversary: "russia"),
        "asia-nuclear-rival": .nuclearRivalInReach(allies: ["japan", "south-korea"]),
        "china-rise-shifts-asia": .risingPower("china", against: ["japan", "south-korea"], guarantor: "us"),
        "middle-east-manageable": .manageableTheatre(region: .middleEast),
        "israel-sponsor-dependence": .patronDependence(ally: "israel"),
    ]
}

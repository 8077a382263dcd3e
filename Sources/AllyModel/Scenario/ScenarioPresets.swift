/// The built-in what-ifs. Each names actors by their ids in the default dataset.
public enum ScenarioPresets {
    /// Every preset, baseline first.
    public static let all: [Scenario] = [
        .baseline,
        Scenario(name: "us-retrenchment",
                 summary: "The article's thesis: Washington hedges; commitment falls to 40 %, with troops and aid drawn down.",
                 usCommitment: 0.4),
        Scenario(name: "us-withdrawal",
                 summary: "The limit case: the US walks away from every guarantee.",
                 usCommitment: 0),
        Scenario(name: "china-surge",
                 summary: "China's spending and arsenal grow by 30 % while everything else stays put.",
                 growth: ["china": 0.3]),
        Scenario(name: "asian-nuclear-cascade",
                 summary: "A hedged US (50 %) and Japan and South Korea build their own bombs.",
                 usCommitment: 0.5, nuclear: ["japan": true, "south-korea": true]),
        Scenario(name: "gulf-proliferation",
                 summary: "Iran crosses the threshold and Saudi Arabia matches it, as its crown prince has said it would.",
                 nuclear: ["iran": true, "saudi-arabia": true]),
        Scenario(name: "turkey-exit",
                 summary: "Turkey leaves NATO and with it the Article 5 guarantee and the umbrella.",
                 leaving: ["turkey"]),
    ]

    /// The preset with this name (case-insensitive), if any.
    public static func named(_ name: String) -> Scenario? {
        all.first { $0.name == name.lowercased() }
    }

    /// Names a saved scenario may use: lowercase letters, digits and dashes, not a preset's name.
    public static func validateSaveName(_ name: String) throws {
        guard !name.isEmpty, name.count <= 40,
              name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }),
              name.first != "-" else {
            throw ScenarioError.badName(name)
        }
        if named(name) != nil { throw ScenarioError.reservedName(name) }
    }
}

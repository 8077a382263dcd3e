/// The built-in what-ifs. Each names actors by their ids in the default dataset.
public enum ScenarioPresets {
    /// Every preset, baseline first.
    public static let all: [Scenario] = [
        .baseline,
        Scenario(name: "hedged",
                 summary: "Credibility assumption 50 %: the US honours half of what it promised. Why: Article 5 and the Asian treaties leave "
                    + "each government its own response, and Taiwan's tie is deliberately ambiguous. Changes only the risk index.",
                 headline: "the US honours half of its commitments",
                 usCommitment: 0.5),
        Scenario(name: "us-retrenchment",
                 summary: "Credibility assumption 40 %: the article's premise that US guarantees are weakening, taken as given. "
                    + "Changes only the risk index; reliance, commitment and exposure are measured and stay as they are.",
                 headline: "the US honours 40 % of its commitments",
                 usCommitment: 0.4),
        Scenario(name: "us-withdrawal",
                 summary: "Credibility assumption 0 %: the limit case in which no US promise is honoured; risk becomes the full exposure.",
                 headline: "no US commitment is honoured",
                 usCommitment: 0),
        Scenario(name: "china-surge",
                 summary: "Adversary growth: China's spending and arsenal grow by 30 %, raising the exposure of allies that name China; "
                    + "everything else stays put.",
                 headline: "China's spending and arsenal grow by 30 %",
                 growth: ["china": 0.3]),
        Scenario(name: "asian-nuclear-cascade",
                 summary: "Allies go nuclear: Japan and South Korea build their own bombs (20 warheads assumed) under a hedged US (50 %); "
                    + "their nuclear asymmetry, and so their exposure, falls.",
                 headline: "Japan and South Korea go nuclear; US at 50 %",
                 usCommitment: 0.5, nuclear: ["japan": true, "south-korea": true]),
        Scenario(name: "gulf-proliferation",
                 summary: "Iran crosses the threshold and Saudi Arabia matches it, as its crown prince has said it would: exposure "
                    + "rises for Iran's other neighbours.",
                 headline: "Iran and Saudi Arabia get nuclear weapons",
                 nuclear: ["iran": true, "saudi-arabia": true]),
        Scenario(name: "turkey-exit",
                 summary: "Turkey leaves NATO: its treaty tie, umbrella and hosted bombs go, so its commitment falls; troops stay until withdrawn.",
                 headline: "Turkey leaves NATO and its US defence ties",
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

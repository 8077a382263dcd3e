/// A what-if: changes to the world that every score is recomputed under.
///
/// All changes are relative to the dataset: growth multiplies what the data says, nuclear overrides
/// replace it, and leaving a treaty removes what the treaty gives. The baseline changes nothing.
public struct Scenario: Sendable, Hashable, Codable {
    public var name: String
    /// What the scenario represents and why, in a sentence or two.
    public var summary: String
    /// A few words for banners and pickers ("the US honours 40 % of its commitments"); optional
    /// in saved scenarios, where `oneLine` falls back to the summary or the settings.
    public var headline: String
    /// The credibility assumption: the share of its commitments the US is assumed to honour,
    /// 0 (none) to 1 (all, the baseline). A user setting; the risk index reads it, nothing computes it.
    public var usCommitment: Double
    /// Capability growth per actor id as a fraction (0.3 = +30 %), applied to military spending and warheads.
    public var growth: [String: Double]
    /// Nuclear status overrides per actor id: true gives weapons (a nominal arsenal if none), false removes them.
    public var nuclear: [String: Bool]
    /// Allies that leave their defence treaty with the US.
    public var leaving: Set<String>

    /// A scenario; every argument defaults to "no change".
    public init(name: String = "custom", summary: String = "", headline: String = "", usCommitment: Double = 1,
                growth: [String: Double] = [:], nuclear: [String: Bool] = [:], leaving: Set<String> = []) {
        self.name = name; self.summary = summary; self.headline = headline; self.usCommitment = usCommitment
        self.growth = growth; self.nuclear = nuclear; self.leaving = leaving
    }

    /// Nothing changed.
    public static let baseline = Scenario(name: "baseline",
                                          summary: "The data as it is; credibility assumption 100 %: the US honours what it promised.",
                                          headline: "the data as it is, every US promise kept")

    /// True when the scenario changes nothing.
    public var isBaseline: Bool {
        usCommitment == 1 && growth.values.allSatisfy { $0 == 0 } && nuclear.isEmpty && leaving.isEmpty
    }

    /// Capability multiplier for an actor (1 when unchanged).
    public func capabilityFactor(_ actor: String) -> Double { 1 + (growth[actor] ?? 0) }

    /// The scenario as `--set` arguments, in a stable order, e.g. `us-commitment=40 growth.china=+30`.
    public var settings: [String] {
        var out: [String] = []
        if usCommitment != 1 { out.append("us-commitment=\(Self.percent(usCommitment))") }
        for (actor, g) in growth.sorted(by: { $0.key < $1.key }) where g != 0 {
            out.append("growth.\(actor)=\(g > 0 ? "+" : "")\(Self.percent(g))")
        }
        for (actor, has) in nuclear.sorted(by: { $0.key < $1.key }) { out.append("nuclear.\(actor)=\(has ? "yes" : "no")") }
        for actor in leaving.sorted() { out.append("leave.\(actor)") }
        return out
    }

    /// 0.4 → "40", 0.125 → "12.5".
    static func percent(_ fraction: Double) -> String { IndicatorValue.format((fraction * 1000).rounded() / 10) }

    enum CodingKeys: String, CodingKey { case name, summary, headline, usCommitment = "us_commitment", growth, nuclear, leaving }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? "custom"
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        headline = try c.decodeIfPresent(String.self, forKey: .headline) ?? ""
        usCommitment = try c.decodeIfPresent(Double.self, forKey: .usCommitment) ?? 1
        growth = try c.decodeIfPresent([String: Double].self, forKey: .growth) ?? [:]
        nuclear = try c.decodeIfPresent([String: Bool].self, forKey: .nuclear) ?? [:]
        leaving = Set(try c.decodeIfPresent([String].self, forKey: .leaving) ?? [])
        guard ModelBounds.allowsCommitment(usCommitment) else {
            throw DecodingError.dataCorruptedError(forKey: .usCommitment, in: c, debugDescription: "us_commitment must be between 0 and 1")
        }
        guard growth.values.allSatisfy(ModelBounds.allowsGrowth) else {
            throw DecodingError.dataCorruptedError(forKey: .growth, in: c, debugDescription: "growth must be above -1 (-100 %) and at most 10 (+1000 %)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(summary, forKey: .summary)
        // Left out when empty, so configs saved before headlines existed read back unchanged.
        if !headline.isEmpty { try c.encode(headline, forKey: .headline) }
        try c.encode(usCommitment, forKey: .usCommitment)
        try c.encode(growth, forKey: .growth)
        try c.encode(nuclear, forKey: .nuclear)
        try c.encode(leaving.sorted(), forKey: .leaving)
    }
}

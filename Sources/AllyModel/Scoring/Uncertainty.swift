/// How sure each score and rank is, following composite-index practice (OECD/JRC handbook):
/// the scores are recomputed many times with every weight perturbed (±50 %) and every unknown
/// input drawn from the range the other allies span; the 5th–95th percentiles give a band for
/// each score and an interval for each rank. Seeded, so the same data give the same bands.
public struct Uncertainty: Sendable {
    /// One score's band and rank interval.
    public struct Band: Sendable, Hashable {
        public let low: Double, high: Double
        /// Rank 1 is the highest score; the interval holds 90 % of the draws.
        public let bestRank: Int, worstRank: Int
        public let allies: Int
        /// False when too little of the score is known for its rank to mean anything.
        public let rankable: Bool

        /// "68–80"
        public var rangeText: String { "\(Int(low.rounded()))–\(Int(high.rounded()))" }
        /// "rank 4–7 of 33", or "too little data to rank".
        public var rankText: String {
            guard rankable else { return "too little data to rank" }
            return bestRank == worstRank ? "rank \(bestRank) of \(allies)" : "rank \(bestRank)–\(worstRank) of \(allies)"
        }
    }

    public static let draws = 200
    public static let seed: UInt64 = 0x2025_1231
    /// Each weight is multiplied by a factor drawn from this range.
    public static let weightSpread = 0.5...1.5
    /// Below this share of known weight a score gets a band but no rank.
    public static let minimumCoverage = 0.5

    private let bands: [String: [ScoreKind: Band]]

    /// The band of one ally's index, if the ally was scored.
    public func band(_ kind: ScoreKind, of allyID: String) -> Band? { bands[allyID]?[kind] }

    public init(model: ScoringModel) throws {
        let scores = try model.allScores()
        let n = scores.count
        let measured: [ScoreKind] = [.reliance, .commitment, .exposure]
        // The range each component's known inputs span, used to fill the unknown ones.
        var ranges: [ScoreKind: [String: ClosedRange<Double>]] = [:]
        for kind in measured {
            for c in kind.components {
                let known = scores.compactMap { $0.breakdown(kind).component(c.id)?.normalised }
                ranges[kind, default: [:]][c.id] = known.isEmpty ? 0...1 : known.min()!...known.max()!
            }
        }
        var rng = SplitMix64(seed: Self.seed)
        // Flat arrays, indexed [ally][measured kind][component]: this runs on the explorer's
        // first frame, where dictionary lookups in the inner loop cost most of the time.
        struct Part { let weight: Double; let value: Double?; let low: Double; let span: Double }
        let parts: [[[Part]]] = scores.map { s in
            measured.map { kind in
                s.breakdown(kind).components.filter { $0.weight > 0 }.map { c in
                    let r = ranges[kind]?[c.id] ?? 0...1
                    return Part(weight: c.weight, value: c.normalised, low: r.lowerBound, span: r.upperBound - r.lowerBound)
                }
            }
        }
        let componentCounts = measured.map { $0.components.count }
        let kinds = ScoreKind.allCases.count
        var samples = Array(repeating: Array(repeating: [Double](), count: kinds), count: n)
        var ranks = Array(repeating: Array(repeating: [Int](), count: kinds), count: n)
        for i in 0..<n { for k in 0..<kinds { samples[i][k].reserveCapacity(Self.draws); ranks[i][k].reserveCapacity(Self.draws) } }
        let credibility = Normalisation.unit(model.scenario.usCommitment)
        let spread = Self.weightSpread
        var values = Array(repeating: Array(repeating: 0.0, count: kinds), count: n)
        var order = Array(0..<n)
        for _ in 0..<Self.draws {
            let factors = componentCounts.map { count in (0..<count).map { _ in spread.lowerBound + rng.unit() * (spread.upperBound - spread.lowerBound) } }
            for i in 0..<n {
                for k in 0..<measured.count {
                    var sum = 0.0, weight = 0.0
                    for (c, part) in parts[i][k].enumerated() {
                        let w = part.weight * (c < factors[k].count ? factors[k][c] : 1)
                        let v = part.value ?? (part.low + rng.unit() * part.span)
                        sum += w * v; weight += w
                    }
                    values[i][k] = weight > 0 ? 100 * sum / weight : 0
                }
                // Order of ScoreKind.allCases: reliance, commitment, exposure, risk.
                values[i][3] = 100 * (values[i][2] / 100) * (1 - credibility * (values[i][0] + values[i][1]) / 200)
            }
            for k in 0..<kinds {
                order.sort { values[$0][k] > values[$1][k] }
                for (rank, i) in order.enumerated() {
                    samples[i][k].append(values[i][k])
                    ranks[i][k].append(rank + 1)
                }
            }
        }
        var out: [String: [ScoreKind: Band]] = [:]
        for (i, s) in scores.enumerated() {
            for (k, kind) in ScoreKind.allCases.enumerated() {
                let v = samples[i][k].sorted(), r = ranks[i][k].sorted()
                out[s.id, default: [:]][kind] = Band(low: Self.percentile(v, 0.05), high: Self.percentile(v, 0.95),
                                                     bestRank: Int(Self.percentile(r.map(Double.init), 0.05)),
                                                     worstRank: Int(Self.percentile(r.map(Double.init), 0.95)),
                                                     allies: n, rankable: s.breakdown(kind).coverage >= Self.minimumCoverage)
            }
        }
        bands = out
    }

    /// The value below which `p` of the sorted `values` lie (nearest rank).
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let i = min(values.count - 1, max(0, Int((p * Double(values.count - 1)).rounded())))
        return values[i]
    }
}

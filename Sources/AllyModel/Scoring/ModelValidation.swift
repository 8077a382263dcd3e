/// How many published judgements (judgements.tsv) the model reproduces, and why it misses the rest.
///
/// Judgements about risk describe a weakened guarantee ("if US protection fades"), so they are
/// checked under the scenario's credibility assumption as given; pass a hedged model to test them
/// that way. The other indices are measured and do not depend on the scenario.
public struct ModelValidation: Sendable {
    public struct Result: Sendable {
        public let judgement: Judgement
        public let higherScore: Double?
        public let lowerScore: Double?
        /// The component that pulls most the wrong way, for a miss (the largest contribution in favour of `lower`).
        public let cause: String?

        public var agrees: Bool { (higherScore ?? -1) > (lowerScore ?? 101) }
        /// Neither score is known, so the judgement cannot be tested.
        public var untestable: Bool { higherScore == nil || lowerScore == nil }
    }

    public let results: [Result]

    /// Share of the testable judgements the model reproduces, 0–1.
    public var agreement: Double {
        let testable = results.filter { !$0.untestable }
        return testable.isEmpty ? 0 : Double(testable.filter(\.agrees).count) / Double(testable.count)
    }

    public var misses: [Result] { results.filter { !$0.agrees } }

    public init(model: ScoringModel) throws {
        var cache: [String: AllyScores] = [:]
        func scores(_ id: String) -> AllyScores? {
            if let s = cache[id] { return s }
            let s = try? model.scores(of: id)
            cache[id] = s
            return s
        }
        results = model.dataset.judgements.map { j in
            let h = scores(j.higher)?.breakdown(j.index), l = scores(j.lower)?.breakdown(j.index)
            var cause: String?
            if let h, let l, (h.total ?? -1) <= (l.total ?? 101) {
                if j.index == .risk {
                    cause = zip(h.components, l.components).map { a, b in
                        "\(a.name) \(PlainText.fixed((a.normalised ?? 0) * 100, 0)) vs \(PlainText.fixed((b.normalised ?? 0) * 100, 0))"
                    }.joined(separator: "; ")
                } else {
                    let gaps = zip(h.components, l.components).map { a, b in (a.name, b.contribution - a.contribution, a.input, b.input) }
                    if let worst = gaps.max(by: { $0.1 < $1.1 }), worst.1 > 0 {
                        cause = "\(worst.0): \(worst.2) vs \(worst.3)"
                    }
                }
            }
            return Result(judgement: j, higherScore: h?.total, lowerScore: l?.total, cause: cause)
        }
    }
}

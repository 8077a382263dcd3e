import AllyModel

/// `allymap claims`: the article's claims, paraphrased, each with its verdict and the data for
/// and against it, then a tally of the verdicts.
public struct ClaimsReport: Report, Sendable {
    public let dataset: Dataset
    /// Each claim with its verdict, in dataset order.
    public let verdicts: [ClaimVerdict]

    /// The claims about `region`, each assessed once under `weights`.
    public init(dataset: Dataset, region: Region = .world, weights: ScoreWeights = .default) {
        let assessor = ClaimAssessor(model: ScoringModel(dataset: dataset, weights: weights))
        self.dataset = dataset
        verdicts = dataset.claims(in: region).map(assessor.assess)
    }

    /// How many claims got each verdict, in `Verdict.allCases` order; verdicts no claim got are left out.
    public var tally: [(verdict: Verdict, count: Int)] {
        let counts = Dictionary(grouping: verdicts, by: \.verdict).mapValues(\.count)
        return Verdict.allCases.compactMap { v in counts[v].map { (v, $0) } }
    }

    public func render(style: ReportStyle = .plain) -> String {
        let text = EvidenceText(dataset: dataset, style: style)
        var out: [String] = []
        for v in verdicts {
            out += text.claim(v.claim, verdict: v)
            out.append("")
        }
        let tallyText = tally.map { "\($0.count) \($0.verdict.label)" }.joined(separator: ", ")
        out.append("\(verdicts.count) claims (\(tallyText)). The article is an opinion piece: its claims are paraphrased and set beside the data, not endorsed.")
        return out.joined(separator: "\n")
    }
}

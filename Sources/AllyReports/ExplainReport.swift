import AllyModel

/// `allymap explain NAME`: an ally's scores, component by component, with their uncertainty.
public struct ExplainReport: Report, Sendable {
    public let scores: AllyScores
    public let kinds: [ScoreKind]
    public let uncertainty: Uncertainty
    public let scenario: Scenario
    /// Whether each component's normalisation rule is shown under it.
    public let showRules: Bool

    /// Scores `allyID` under `model` and its uncertainty bands; throws `ScoreError` when the
    /// ally is unknown or the weights leave nothing to score.
    public init(model: ScoringModel, allyID: String, kinds: [ScoreKind] = ScoreKind.allCases, showRules: Bool = false) throws {
        scores = try model.scores(of: allyID)
        uncertainty = try Uncertainty(model: model)
        scenario = model.scenario
        self.kinds = kinds
        self.showRules = showRules
    }

    public func render(style: ReportStyle = .plain) -> String {
        var out: [String] = []
        for kind in kinds {
            if !out.isEmpty { out.append("") }
            out += explanation(kind, style: style)
        }
        out.append("")
        out.append(style.dim("Unknown inputs are left out and the other weights rescaled. ~ marks a low-confidence figure."))
        out.append(style.dim("Bands: 5th–95th percentile over \(Uncertainty.draws) rescorings with weights ±50 % and unknown inputs drawn from the other allies' range. See METHOD.md."))
        return out.joined(separator: "\n")
    }

    /// One score: a heading with the total and its band, the component table, then sources.
    func explanation(_ kind: ScoreKind, style: ReportStyle) -> [String] {
        let b = scores.breakdown(kind)
        var lines = [style.bold(heading(kind))]
        if kind == .risk {
            lines.append("risk = 100 × exposure × (1 − credibility × US share of protection), " + RiskIndex.assumptionText(scenario))
        }
        var table = TextTable(["component", "norm", "weight", "points", "input"], alignments: [.left, .right, .right, .right, .left])
        for c in b.components {
            let norm = c.normalised.map { PlainText.fixed($0, 2) } ?? "—"
            let points = kind == .risk ? "" : c.isKnown ? PlainText.fixed(c.contribution, 1) : "unknown"
            table.add([c.name, norm, kind == .risk ? "" : IndicatorValue.format(c.weight), points, c.input])
            if showRules { table.add(["", "", "", "", "rule: " + c.rule], mark: .dim) }
        }
        let weightSum = b.components.reduce(0) { $0 + $1.weight }
        table.add(["total", "", kind == .risk ? "" : IndicatorValue.format(weightSum), b.total.map { PlainText.fixed($0, 1) } ?? "?", ""])
        lines.append(table.render(maxCellWidth: 400, style: style))
        if kind == .risk {
            lines.append(style.dim("levels: low < \(Int(RiskLevel.mediumFrom)) ≤ medium < \(Int(RiskLevel.highFrom)) ≤ high; "
                                   + "unknown below \(Int(RiskLevel.minimumCoverage * 100)) % coverage"))
        }
        var seen = Set<String>()
        let sources = b.components.flatMap(\.sources).filter { seen.insert($0).inserted }
        if !sources.isEmpty {
            lines.append(style.dim("sources:"))
            lines += sources.map { style.dim("  " + $0) }
        }
        return lines
    }

    /// `Israel · Reliance 51 (44–59) · rank 2–11 of 33 · reliance on the US · coverage 100 %`;
    /// the band leads when the point is too thin to rank.
    func heading(_ kind: ScoreKind) -> String {
        let b = scores.breakdown(kind)
        let band = uncertainty.band(kind, of: scores.ally.id)
        var head = "\(scores.ally.name) · \(kind.heading) "
        if let band, b.total != nil, !band.rankable {
            head += "\(band.rangeText) (\(band.rankText); point estimate \(b.totalText))"
        } else {
            head += b.totalText
            if let band, b.total != nil { head += " (\(band.rangeText)) · \(band.rankText)" }
        }
        head += " · \(kind.title)"
        if kind == .risk { head += " (\(scores.riskLevel.rawValue))" }
        head += " · coverage \(b.coverageText)"
        if !scenario.isBaseline { head += " · scenario \(scenario.name)" }
        return head
    }
}

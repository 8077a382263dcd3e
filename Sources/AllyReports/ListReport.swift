import AllyModel

/// `allymap list`: a table of allies with their four scores and the figures behind them.
///
/// Every ally is scored once, under the caller's weights and the baseline scenario.
public struct ListReport: Report, Sendable {
    /// Row order: by name, by region then name, or by one score, highest first.
    public enum Order: String, CaseIterable, Sendable {
        case name, region, reliance, commitment, exposure, risk

        /// The score sorted on, if any.
        public var kind: ScoreKind? { ScoreKind(rawValue: rawValue) }
    }

    /// One ally and its scores (nil when they cannot be computed).
    public struct Row: Sendable {
        public let ally: Actor
        public let scores: AllyScores?
    }

    public let dataset: Dataset
    /// The listed allies, in display order.
    public let rows: [Row]
    /// Uncertainty bands, used to show a range where a score is too thin to rank.
    public let bands: Uncertainty?

    /// Scores the allies of `region` under `weights` and orders them.
    public init(dataset: Dataset, region: Region = .world, order: Order = .region, weights: ScoreWeights = .default) {
        let model = ScoringModel(dataset: dataset, weights: weights)
        let rows = dataset.allies(in: region).map { Row(ally: $0, scores: try? model.scores(of: $0.id)) }
        self.dataset = dataset
        self.rows = Self.sorted(rows, by: order)
        bands = try? Uncertainty(model: model)
    }

    public func render(style: ReportStyle = .plain) -> String {
        var table = TextTable(["Ally", "Region", "Rel.", "Com.", "Exp.", "Risk", "US tie", "US troops", "Arms from US", "Main threat", "Nuclear?"],
                              alignments: [.left, .left, .right, .right, .right, .right, .left, .right, .right, .left, .left])
        for row in rows {
            let ally = row.ally
            let tie = dataset.indicator(ally.id, .usSecurityTie)
            let tieText = tie.map { "\(Self.short($0.displayValue, 22)) (\($0.yearText))" } ?? "—"
            let threat = ally.adversaries.first.flatMap { dataset.actor($0) }
            let nuclear = threat.flatMap { NuclearStatus(of: $0.id, in: dataset).armed }
            let scores = ScoreKind.allCases.map { k in
                row.scores.map { Self.scoreText($0.breakdown(k), band: bands?.band(k, of: ally.id)) } ?? "?"
            }
            table.add([ally.name, ally.region.name] + scores + [
                tieText, figure(ally, .usTroops), figure(ally, .armsImportsUSShare),
                threat?.name ?? "—", threat == nil ? "—" : nuclear.map { $0 ? "yes" : "no" } ?? "unknown",
            ])
        }
        return table.render(style: style)
    }

    /// "72", "72*" when part of the score's weight had unknown inputs, or the band ("30–68")
    /// when too little is known for a point to mean anything.
    public static func scoreText(_ b: ScoreBreakdown, band: Uncertainty.Band? = nil) -> String {
        if let band, b.total != nil, !band.rankable { return band.rangeText }
        return b.totalText + (b.coverage < 0.999 ? "*" : "")
    }

    // MARK: - Helpers

    /// Score orders put unknown scores last and break ties by name.
    static func sorted(_ rows: [Row], by order: Order) -> [Row] {
        if let kind = order.kind {
            func total(_ r: Row) -> Double { r.scores?.breakdown(kind).total ?? -1 }
            return rows.sorted { a, b in total(a) != total(b) ? total(a) > total(b) : a.ally.name < b.ally.name }
        }
        if order == .name { return rows.sorted { $0.ally.name < $1.ally.name } }
        func rank(_ r: Row) -> Int { Region.allCases.firstIndex(of: r.ally.region) ?? Region.allCases.count }
        return rows.sorted { (rank($0), $0.ally.name) < (rank($1), $1.ally.name) }
    }

    private func figure(_ ally: Actor, _ key: IndicatorKey) -> String {
        dataset.indicator(ally.id, key)?.displayValue ?? "—"
    }

    private static func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}

import AllyModel
import ArgumentParser

/// `allymap list`: a table of allies with their four scores and the figures behind them.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List US allies with their reliance, US commitment, exposure and risk scores.",
        discussion: """
            Rel. (reliance on the US), Com. (US commitment), Exp. (exposure) and Risk (if US protection weakens) \
            are 0-100 indices (see `allymap explain NAME` and METHOD.md); * marks a score with unknown inputs, \
            and a range (30–68) one too thin to give as a point. \
            Figures marked ~ are low-confidence; `allymap show NAME` gives years and sources.
            """
    )

    enum SortKey: String, ExpressibleByArgument, CaseIterable {
        case name, region, reliance, commitment, exposure, risk

        var kind: ScoreKind? { ScoreKind(rawValue: rawValue) }
    }

    @Option(help: ArgumentHelp("Only allies in this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Option(help: ArgumentHelp("Sort by name, region, reliance, commitment, exposure or risk (highest first).", valueName: "key"))
    var sort: SortKey = .region

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let chosen = region ?? .world
        var allies = dataset.allies(in: chosen)
        switch sort {
        case .name: allies.sort { $0.name < $1.name }
        case .region: allies.sort { (Region.allCases.firstIndex(of: $0.region)!, $0.name) < (Region.allCases.firstIndex(of: $1.region)!, $1.name) }
        case .reliance, .commitment, .exposure, .risk:
            let scores = Self.scores(dataset)
            let kind = sort.kind!
            allies.sort { a, b in
                let x = scores[a.id]?.breakdown(kind).total ?? -1, y = scores[b.id]?.breakdown(kind).total ?? -1
                return x != y ? x > y : a.name < b.name
            }
        }
        let model = ScoringModel(dataset: dataset, weights: UserSettings.load().weights)
        print(Self.table(for: allies, in: dataset, scores: Self.scores(dataset), bands: try? Uncertainty(model: model)))
    }

    /// The four indices of every ally under the user's weights (baseline scenario).
    static func scores(_ dataset: Dataset) -> [String: AllyScores] {
        let model = ScoringModel(dataset: dataset, weights: UserSettings.load().weights)
        var out: [String: AllyScores] = [:]
        for ally in dataset.allies { out[ally.id] = try? model.scores(of: ally.id) }
        return out
    }

    /// The list as text: the two indices, then the figures behind them.
    static func table(for allies: [Actor], in dataset: Dataset, scores: [String: AllyScores], bands: Uncertainty? = nil) -> String {
        var table = TextTable(["Ally", "Region", "Rel.", "Com.", "Exp.", "Risk", "US tie", "US troops", "Arms from US", "Main threat", "Nuclear?"],
                              alignments: [.left, .left, .right, .right, .right, .right, .left, .right, .right, .left, .left])
        for ally in allies {
            let s = scores[ally.id]
            let tie = dataset.indicator(ally.id, .usSecurityTie)
            let tieText = tie.map { "\(short($0.displayValue, 22)) (\($0.yearText))" } ?? "—"
            let threat = ally.adversaries.first.flatMap { dataset.actor($0) }
            let nuclear = threat.flatMap { NuclearStatus(of: $0.id, in: dataset).armed }
            table.add([
                ally.name, ally.region.name] + ScoreKind.allCases.map { k in
                    s.map { scoreText($0.breakdown(k), band: bands?.band(k, of: ally.id)) } ?? "?"
                } + [tieText,
                figure(dataset, ally, .usTroops), figure(dataset, ally, .armsImportsUSShare),
                threat?.name ?? "—", threat == nil ? "—" : nuclear.map { $0 ? "yes" : "no" } ?? "unknown",
            ])
        }
        return table.render()
    }

    /// "72", "72*" when part of the score's weight had unknown inputs, or the band ("30–68")
    /// when too little is known for a point to mean anything.
    static func scoreText(_ b: ScoreBreakdown, band: Uncertainty.Band? = nil) -> String {
        if let band, b.total != nil, !band.rankable { return band.rangeText }
        return b.totalText + (b.coverage < 0.999 ? "*" : "")
    }

    static func figure(_ dataset: Dataset, _ ally: Actor, _ key: IndicatorKey) -> String {
        dataset.indicator(ally.id, key)?.displayValue ?? "—"
    }

    static func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}

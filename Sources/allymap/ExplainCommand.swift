import AllyModel
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `allymap explain NAME`: an ally's four scores, component by component, with their uncertainty.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an ally's reliance, commitment, exposure and risk scores: every input, its source, rule, weight, share and uncertainty band.",
        discussion: """
            Unknown inputs are left out and the remaining weights rescaled; "coverage" says how much weight was known.
            Weights: --weight overrides one for this run; add --save-weights to keep them (in
            $XDG_CONFIG_HOME/allymap/config.json, by default ~/.config/allymap/config.json),
            --reset-weights to go back to the defaults, and --weights alone to list them.
            """
    )

    enum Which: String, ExpressibleByArgument, CaseIterable { case reliance, commitment, exposure, risk, all }

    @Argument(help: "Name, id or ISO code of the ally (not needed with --weights or --save-weights).")
    var name: String?

    @Option(help: ArgumentHelp("Which score to explain: reliance, commitment, exposure, risk or all.", valueName: "score"))
    var score: Which = .all

    @Flag(help: "Show the normalisation rule under each component.")
    var rules = false

    @Flag(name: .customLong("weights"), help: "List the weights in use.")
    var listWeights = false

    @Flag(help: "Save the weights in use (after --weight and --reset-weights) to the config file.")
    var saveWeights = false

    @Flag(help: "Start from the default weights instead of the saved ones.")
    var resetWeights = false

    @OptionGroup var model: ModelOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if name == nil && !listWeights && !saveWeights {
            throw ValidationError("name an ally to explain, e.g. `allymap explain israel`, or use --weights")
        }
    }

    func run() throws {
        let store = ConfigStore()
        try CommandFailure.reporting {
            // Saving must read the file strictly, so a malformed one is reported and never overwritten.
            let config = saveWeights ? try store.load() : UserSettings.load(store)
            var weights = resetWeights ? ScoreWeights.default : config.weights
            var withOverrides = config
            withOverrides.weights = weights
            weights = try model.weights(config: withOverrides)
            if saveWeights {
                let saved = weights
                try store.update { $0.weights = saved }
                print("Saved weights to \(store.path)")
            }
            if listWeights || (name == nil) { print(Self.weightsTable(weights)) }
            guard let name else { return }
            let dataset = try dataOptions.load()
            let ally = try resolveActor(name, in: dataset)
            guard ally.kind == .ally else { throw CommandFailure.usage(ScoreError.notAnAlly(ally.id).description) }
            let scenario = try model.scenario(in: dataset, config: config)
            let scoring = ScoringModel(dataset: dataset, weights: weights, scenario: scenario)
            let scores = try scoring.scores(of: ally.id)
            let uncertainty = try Uncertainty(model: scoring)
            let kinds: [ScoreKind] = score == .all ? ScoreKind.allCases : [ScoreKind(rawValue: score.rawValue)!]
            var out: [String] = []
            for kind in kinds {
                if !out.isEmpty { out.append("") }
                out += Self.report(scores, kind, band: uncertainty.band(kind, of: ally.id), scenario: scenario, showRules: rules)
            }
            out.append("")
            out.append(Console.dim("Unknown inputs are left out and the other weights rescaled. ~ marks a low-confidence figure."))
            out.append(Console.dim("Bands: 5th–95th percentile over \(Uncertainty.draws) rescorings with weights ±50 % and unknown inputs drawn from the other allies' range. See METHOD.md."))
            print(out.joined(separator: "\n"))
        }
    }

    /// The explanation of one score as lines of text.
    static func report(_ scores: AllyScores, _ kind: ScoreKind, band: Uncertainty.Band?, scenario: Scenario, showRules: Bool) -> [String] {
        let b = scores.breakdown(kind)
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
        var lines = [Console.bold(head)]
        if kind == .risk {
            lines.append("risk = 100 × exposure × (1 − credibility × US share of protection), " + RiskIndex.assumptionText(scenario))
        }
        var table = TextTable(["component", "norm", "weight", "points", "input"], alignments: [.left, .right, .right, .right, .left])
        for c in b.components {
            let norm = c.normalised.map { fixed($0, 2) } ?? "—"
            let points = kind == .risk ? "" : c.isKnown ? fixed(c.contribution, 1) : "unknown"
            table.add([c.name, norm, kind == .risk ? "" : IndicatorValue.format(c.weight), points, c.input])
            if showRules { table.addStyled(["", "", "", "", Console.dim("rule: " + c.rule)]) }
        }
        let weightSum = b.components.reduce(0) { $0 + $1.weight }
        table.add(["total", "", kind == .risk ? "" : IndicatorValue.format(weightSum), b.total.map { fixed($0, 1) } ?? "?", ""])
        lines.append(table.render(maxCellWidth: 400))
        if kind == .risk {
            lines.append(Console.dim("levels: low < \(Int(RiskLevel.mediumFrom)) ≤ medium < \(Int(RiskLevel.highFrom)) ≤ high; unknown below \(Int(RiskLevel.minimumCoverage * 100)) % coverage"))
        }
        var seen = Set<String>()
        let sources = b.components.flatMap(\.sources).filter { seen.insert($0).inserted }
        if !sources.isEmpty {
            lines.append(Console.dim("sources:"))
            lines += sources.map { Console.dim("  " + $0) }
        }
        return lines
    }

    /// The weights in use, by index and component.
    static func weightsTable(_ weights: ScoreWeights) -> String {
        var table = TextTable(["weight", "value", "default", "component"], alignments: [.left, .right, .right, .left])
        for (kind, c, w) in weights.all() {
            table.add(["\(kind.rawValue).\(c.id)", IndicatorValue.format(w), IndicatorValue.format(c.defaultWeight), c.name])
        }
        return table.render()
    }

    static func fixed(_ x: Double, _ digits: Int) -> String { PlainText.fixed(x, digits) }
}

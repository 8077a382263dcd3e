import AllyModel
import AllyReports
import ArgumentParser

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
        // Saving must read the file strictly, so a malformed one is reported and never overwritten.
        let config = saveWeights ? try store.load() : UserSettings.load(store)
        var withOverrides = config
        withOverrides.weights = resetWeights ? ScoreWeights.default : config.weights
        let weights = try model.weights(config: withOverrides)
        if saveWeights {
            try store.update { $0.weights = weights }
            print("Saved weights to \(store.path)")
        }
        if listWeights || (name == nil) { Console.show(WeightsReport(weights: weights)) }
        guard let name else { return }
        let dataset = try dataOptions.load()
        let ally = try resolveActor(name, in: dataset)
        guard ally.kind == .ally else { throw ScoreError.notAnAlly(ally.id) }
        let scenario = try model.scenario(in: dataset, config: config)
        let kinds = score == .all ? ScoreKind.allCases : ScoreKind.allCases.filter { $0.rawValue == score.rawValue }
        Console.show(try ExplainReport(model: ScoringModel(dataset: dataset, weights: weights, scenario: scenario),
                                       allyID: ally.id, kinds: kinds, showRules: rules))
    }
}

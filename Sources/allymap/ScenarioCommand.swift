import AllyModel
import AllyReports
import ArgumentParser

/// `allymap scenario`: every ally's dependency and risk under a what-if, against the baseline.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Recompute every ally's scores under a what-if and show the change from the baseline.",
        discussion: """
            Examples:
              allymap scenario --preset us-retrenchment
              allymap scenario --set us-commitment=50 --set growth.china=30 --set nuclear.japan=yes --set leave.turkey
              allymap scenario --preset china-surge --set nuclear.south-korea=yes --save my-asia --describe "China grows, Seoul arms"
            Keys: us-commitment=full|hedged|withdrawn|0-100 · growth.ACTOR=±N (%) · nuclear.ACTOR=yes|no · leave.ALLY
            """
    )

    @Flag(help: "List the built-in and saved scenarios.")
    var list = false

    @Option(help: ArgumentHelp("Save this scenario to the config file under NAME (then use it with --preset NAME).", valueName: "name"))
    var save: String?

    @Option(help: ArgumentHelp("With --save: a few words on what the scenario means, shown in the explorer's banner and picker.", valueName: "text"))
    var describe: String?

    @Option(help: ArgumentHelp("Only allies in this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Option(help: ArgumentHelp("Order rows by region, risk, exposure or change (largest risk change first).", valueName: "key"))
    var sort: ScenarioReport.Order = .region

    @OptionGroup var model: ModelOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = ConfigStore()
        // Saving must read the file strictly, so a malformed one is reported and never overwritten.
        let config = save != nil ? try store.load() : UserSettings.load(store)
        if list {
            Console.show(ScenarioListing(catalog: ScenarioCatalog(config: config)))
            return
        }
        let dataset = try dataOptions.load()
        var scenario = try model.scenario(in: dataset, config: config)
        if let save {
            try ScenarioPresets.validateSaveName(save)
            scenario.name = save
            if let describe { scenario.headline = try Self.headline(describe) }
        } else if describe != nil {
            throw CommandExit.usage("--describe names a scenario being saved: add --save NAME")
        }
        // Scored before anything is saved: a scenario that cannot be scored is never stored.
        let weights = try model.weights(config: config)
        let comparison = try ScenarioComparison(model: ScoringModel(dataset: dataset, weights: weights, scenario: scenario))
        if let save {
            let toSave = scenario
            try store.update { $0.scenarios[save] = toSave }
        }
        Console.show(ScenarioReport(comparison: comparison, region: region ?? .world, order: sort))
        if save != nil { print("Saved scenario \"\(TextSafety.printable(scenario.name))\" to \(TextSafety.printable(store.path))") }
    }

    /// The `--describe` text as a headline: one line of printable text, at most 60 columns.
    static func headline(_ text: String) throws -> String {
        let line = Scenario(headline: text).oneLine
        guard !text.allSatisfy(\.isWhitespace), line == TextSafety.printable(line), DisplayWidth.of(line) <= 60 else {
            throw CommandExit.usage("--describe wants a few words on one line (at most 60 columns, no control characters)")
        }
        return line
    }
}

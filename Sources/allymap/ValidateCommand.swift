import AllyModel
import AllyReports
import ArgumentParser

/// `allymap validate [DIR]`: check a dataset and report every problem as file:line: field: message.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset (the built-in one by default); exit 0 if clean, 65 with every problem listed if not."
    )

    @Argument(help: ArgumentHelp("A dataset directory or JSON file.", valueName: "path"))
    var path: String?

    @Flag(help: "Also print the ally × core-indicator matrix (known / none / unknown / missing) and rows by confidence.")
    var coverage = false

    @Flag(help: "Also test the model against the published judgements in judgements.tsv and list the misses.")
    var model = false

    func run() throws {
        let dataset = try DataOptions(path: path).load()
        Console.show(DatasetSummary(dataset: dataset))
        if coverage { Console.show(CoverageReport(coverage: Coverage(dataset))) }
        if model {
            let weights = UserSettings.load().weights
            Console.show(ModelCheckReport(validation: try ModelValidation(model: ScoringModel(dataset: dataset, weights: weights))))
        }
    }
}

extension DataOptions {
    init(path: String?) {
        self.init()
        self.data = path
    }
}

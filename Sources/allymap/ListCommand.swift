import AllyModel
import AllyReports
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

    @Option(help: ArgumentHelp("Only allies in this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Option(help: ArgumentHelp("Sort by name, region, reliance, commitment, exposure or risk (highest first).", valueName: "key"))
    var sort: ListReport.Order = .region

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        Console.show(ListReport(dataset: dataset, region: region ?? .world, order: sort, weights: UserSettings.load().weights))
    }
}

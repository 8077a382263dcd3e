import AllyModel
import AllyReports
import ArgumentParser

/// `allymap claims`: the article's claims, paraphrased, next to the data for and against them.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the seed article's claims with ¶ references and the evidence that bears on them."
    )

    @Option(help: ArgumentHelp("Only claims about this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Flag(help: "Print a table of how many items of evidence each claim has for and against, and its verdict.")
    var balance = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let claims = ClaimsReport(dataset: dataset, region: region ?? .world, weights: UserSettings.load().weights)
        if balance { Console.show(ClaimBalanceReport(verdicts: claims.verdicts)) } else { Console.show(claims) }
    }
}

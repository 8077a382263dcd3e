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

    /// `text` for people; `claimreview` for machines (the JSON-LD fact-checkers publish).
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, claimreview }

    @Option(help: ArgumentHelp("text, or claimreview: schema.org ClaimReview JSON-LD, one review per claim.", valueName: "format"))
    var format: Format = .text

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if balance && format == .claimreview { throw ValidationError("--balance prints a table: leave it out with --format claimreview") }
    }

    func run() throws {
        let dataset = try dataOptions.load()
        let claims = ClaimsReport(dataset: dataset, region: region ?? .world, weights: UserSettings.load().weights)
        if format == .claimreview {
            Console.show(ClaimReviewFeed(dataset: dataset, verdicts: claims.verdicts))
        } else if balance {
            Console.show(ClaimBalanceReport(verdicts: claims.verdicts))
        } else {
            Console.show(claims)
        }
    }
}

import AllyModel
import ArgumentParser

/// `allymap claims`: the article's claims, paraphrased, next to the data for and against them.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the seed article's claims with ¶ references and the evidence that bears on them."
    )

    @Option(help: ArgumentHelp("Only claims about this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let chosen = region ?? .world
        let claims = dataset.claims(in: chosen)
        let assessor = ClaimAssessor(model: ScoringModel(dataset: dataset, weights: UserSettings.load().weights))
        var out: [String] = []
        for c in claims {
            out += EvidenceText.claim(c, in: dataset, verdict: assessor.assess(c))
            out.append("")
        }
        let counts = Dictionary(grouping: claims.map { assessor.assess($0).verdict }, by: { $0 }).mapValues(\.count)
        let tally = Verdict.allCases.compactMap { v in counts[v].map { "\($0) \(v.label)" } }.joined(separator: ", ")
        out.append("\(claims.count) claims (\(tally)). The article is an opinion piece: its claims are paraphrased and set beside the data, not endorsed.")
        print(out.joined(separator: "\n"))
    }
}

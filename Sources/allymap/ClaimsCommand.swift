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

    @Flag(help: "Print a table of how many items of evidence each claim has for and against, and its verdict.")
    var balance = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let chosen = region ?? .world
        let claims = dataset.claims(in: chosen)
        let assessor = ClaimAssessor(model: ScoringModel(dataset: dataset, weights: UserSettings.load().weights))
        if balance {
            print(Self.balanceTable(claims.map(assessor.assess)))
            return
        }
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

    /// One row per claim: its paragraph, evidence for and against (linked and computed), and verdict.
    static func balanceTable(_ verdicts: [ClaimVerdict]) -> String {
        var table = TextTable(["¶", "claim", "for", "against", "verdict"], alignments: [.right, .left, .right, .right, .left])
        var oneSided = 0
        for v in verdicts {
            let pro = v.supporting.count, con = v.contradicting.count
            if (pro == 0) != (con == 0) { oneSided += 1 }
            table.add(["¶\(v.claim.paragraph)", v.claim.id, String(pro), String(con), v.verdict.label])
        }
        return table.render() + "\n\n\(verdicts.count) claims; \(oneSided) have evidence on one side only (the data hold nothing for the other)."
    }
}

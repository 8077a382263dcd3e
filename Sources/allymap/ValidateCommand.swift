import AllyModel
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
        print("ok: \(dataset.actors.count) actors, \(dataset.indicators.count) indicators, \(dataset.events.count) events, \(dataset.claims.count) claims, \(dataset.threats.count) threats")
        if coverage { print(Self.coverageReport(Coverage(dataset))) }
        if model {
            let weights = UserSettings.load().weights
            let v = try CommandFailure.reporting { try ModelValidation(model: ScoringModel(dataset: dataset, weights: weights)) }
            print(Self.modelReport(v))
        }
    }

    static func modelReport(_ v: ModelValidation) -> String {
        let testable = v.results.filter { !$0.untestable }
        let agreed = testable.filter(\.agrees).count
        var out = ["", "Model against \(v.results.count) published judgements: \(agreed) of \(testable.count) testable reproduced "
                   + "(\(Int((v.agreement * 100).rounded())) %)" + (testable.count < v.results.count ? "; \(v.results.count - testable.count) untestable (a score unknown)" : "")]
        for kind in ScoreKind.allCases {
            let rows = testable.filter { $0.judgement.index == kind }
            guard !rows.isEmpty else { continue }
            out.append("  \(kind.heading): \(rows.filter(\.agrees).count) of \(rows.count)")
        }
        let misses = v.misses
        if !misses.isEmpty {
            out.append("")
            out.append("Misses (\(misses.count)):")
            func score(_ x: Double?) -> String { x.map { String(Int($0.rounded())) } ?? "?" }
            for m in misses {
                let j = m.judgement
                out.append("  \(j.id) [\(j.index.rawValue)] \(j.higher) \(score(m.higherScore)) should be above \(j.lower) \(score(m.lowerScore)): \(j.statement)")
                if let cause = m.cause { out.append("    cause: \(cause)") }
                out.append("    source: \(j.source.name) \(j.source.url)")
            }
        }
        return out.joined(separator: "\n")
    }

    static func coverageReport(_ c: Coverage) -> String {
        var out = ["", "Core indicators per ally: K known · 0 none (recorded as zero/no) · ? unknown (a stated gap) · · no row"]
        let short = ["tie", "umbr", "troops", "FMF", "arms", "milex", "%GDP", "pers", "nukes"]
        var table = TextTable(["Ally", "Region"] + short, alignments: [.left, .left] + short.map { _ in .right })
        for (i, ally) in c.allies.enumerated() { table.add([ally.name, ally.region.name] + c.cells[i].map(\.mark)) }
        out.append(table.render())
        let cells = c.allies.count * Coverage.coreKeys.count
        func pct(_ n: Int, of total: Int) -> String { total == 0 ? "0%" : "\(Int((Double(n) * 100 / Double(total)).rounded()))%" }
        out.append("")
        out.append("Cells: \(c.count(.known)) known, \(c.count(.none)) none, \(c.count(.unknown)) unknown, \(c.count(.missing)) missing, of \(cells)")
        let conf = Confidence.allCases.reversed().map { "\($0.rawValue) \(c.byConfidence[$0] ?? 0) (\(pct(c.byConfidence[$0] ?? 0, of: c.total)))" }
        out.append("Indicator rows by confidence: " + conf.joined(separator: ", ") + "; \(c.unverified) of them marked unverified")
        return out.joined(separator: "\n")
    }
}

extension DataOptions {
    init(path: String?) {
        self.init()
        self.data = path
    }
}

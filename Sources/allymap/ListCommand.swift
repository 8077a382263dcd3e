import AllyModel
import ArgumentParser

/// `allymap list`: a table of allies with their key dependency and risk figures.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List US allies with their dependency and risk figures.",
        discussion: """
            Dep. and Risk are 0-100 indices (see `allymap explain NAME` and METHOD.md); * marks a score \
            with unknown inputs. Figures marked ~ are low-confidence; `allymap show NAME` gives years and sources.
            """
    )

    enum SortKey: String, ExpressibleByArgument, CaseIterable {
        case name, region, dependency, risk
    }

    @Option(help: ArgumentHelp("Only allies in this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Option(help: ArgumentHelp("Sort by name, region, dependency or risk.", valueName: "key"))
    var sort: SortKey = .region

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let chosen = region ?? .world
        var allies = dataset.allies(in: chosen)
        switch sort {
        case .name: allies.sort { $0.name < $1.name }
        case .region: allies.sort { (Region.allCases.firstIndex(of: $0.region)!, $0.name) < (Region.allCases.firstIndex(of: $1.region)!, $1.name) }
        case .dependency, .risk:
            let scores = Self.scores(dataset)
            let kind: ScoreKind = sort == .dependency ? .dependency : .risk
            allies.sort { a, b in
                let x = scores[a.id]?.breakdown(kind).total ?? -1, y = scores[b.id]?.breakdown(kind).total ?? -1
                return x != y ? x > y : a.name < b.name
            }
        }
        print(Self.table(for: allies, in: dataset))
    }

    /// Both indices of every ally under the user's weights (baseline scenario).
    static func scores(_ dataset: Dataset) -> [String: AllyScores] {
        let model = ScoringModel(dataset: dataset, weights: UserSettings.load().weights)
        var out: [String: AllyScores] = [:]
        for ally in dataset.allies { out[ally.id] = try? model.scores(of: ally.id) }
        return out
    }

    /// The list as text: the two indices, then the figures behind them.
    static func table(for allies: [Actor], in dataset: Dataset) -> String {
        let scores = Self.scores(dataset)
        var table = TextTable(["Ally", "Region", "Dep.", "Risk", "US tie", "US troops", "Arms from US", "Umbrella", "Main threat", "Nuclear?"],
                              alignments: [.left, .left, .right, .right, .left, .right, .right, .left, .left, .left])
        for ally in allies {
            let s = scores[ally.id]
            let tie = dataset.indicator(ally.id, "us_security_tie")
            let tieText = tie.map { "\(short($0.displayValue, 22)) (\($0.yearText))" } ?? "—"
            let threat = ally.adversaries.first.flatMap { dataset.actor($0) }
            let nuclear = threat.flatMap { AllyProfile.isNuclearArmed($0, in: dataset) }
            table.add([
                ally.name, ally.region.name, s.map { scoreText($0.dependency) } ?? "?", s.map { scoreText($0.risk) } ?? "?", tieText,
                figure(dataset, ally, "us_troops"), figure(dataset, ally, "arms_imports_us_share"),
                short(figure(dataset, ally, "us_nuclear_umbrella"), 24),
                threat?.name ?? "—", nuclear.map { $0 ? "yes" : "no" } ?? "unknown",
            ])
        }
        return table.render()
    }

    /// "72", or "72*" when part of the score's weight had unknown inputs.
    static func scoreText(_ b: ScoreBreakdown) -> String { b.totalText + (b.coverage < 0.999 ? "*" : "") }

    static func figure(_ dataset: Dataset, _ ally: Actor, _ key: String) -> String {
        dataset.indicator(ally.id, key)?.displayValue ?? "—"
    }

    static func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}

import AllyModel
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `allymap scenario`: every ally's dependency and risk under a what-if, against the baseline.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Recompute every ally's scores under a what-if and show the change from the baseline.",
        discussion: """
            Examples:
              allymap scenario --preset us-retrenchment
              allymap scenario --set us-commitment=50 --set growth.china=30 --set nuclear.japan=yes --set leave.turkey
              allymap scenario --preset china-surge --set nuclear.south-korea=yes --save my-asia
            Keys: us-commitment=full|hedged|withdrawn|0-100 · growth.ACTOR=±N (%) · nuclear.ACTOR=yes|no · leave.ALLY
            """
    )

    enum SortKey: String, ExpressibleByArgument, CaseIterable { case region, risk, exposure, change }

    @Flag(help: "List the built-in and saved scenarios.")
    var list = false

    @Option(help: ArgumentHelp("Save this scenario to the config file under NAME (then use it with --preset NAME).", valueName: "name"))
    var save: String?

    @Option(help: ArgumentHelp("Only allies in this region: middle-east, europe or asia.", valueName: "region"))
    var region: Region?

    @Option(help: ArgumentHelp("Order rows by region, risk, exposure or change (largest risk change first).", valueName: "key"))
    var sort: SortKey = .region

    @OptionGroup var model: ModelOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = ConfigStore()
        try CommandFailure.reporting {
            let config = save != nil ? try store.load() : UserSettings.load(store)
            if list {
                print(Self.listing(config))
                return
            }
            let dataset = try dataOptions.load()
            var scenario = try model.scenario(in: dataset, config: config)
            if let save {
                try ScenarioPresets.validateSaveName(save)
                scenario.name = save
            }
            // Scored before anything is saved: a scenario that cannot be scored is never stored.
            let weights = try model.weights(config: config)
            let comparison = try ScenarioComparison(model: ScoringModel(dataset: dataset, weights: weights, scenario: scenario))
            if let save {
                let toSave = scenario
                try store.update { $0.scenarios[save] = toSave }
            }
            print(Self.report(comparison, region: region ?? .world, sort: sort))
            if save != nil { print("Saved scenario \"\(TextSafety.printable(scenario.name))\" to \(TextSafety.printable(store.path))") }
        }
    }

    /// The comparison table with a header naming the scenario and its settings.
    static func report(_ c: ScenarioComparison, region: Region, sort: SortKey) -> String {
        var out: [String] = []
        let settings = c.scenario.settings
        out.append(Console.bold("Scenario \(TextSafety.printable(c.scenario.name))")
                   + (settings.isEmpty ? " (no changes)" : ": " + TextSafety.printable(settings.joined(separator: " "))))
        if !c.scenario.summary.isEmpty { out.append(TextSafety.printable(c.scenario.summary)) }
        out.append("")
        var rows = c.rows.filter { region == .world || $0.ally.region == region }
        switch sort {
        case .region: break
        case .risk: rows.sort { ($0.scenario.risk.total ?? -1) > ($1.scenario.risk.total ?? -1) }
        case .exposure: rows.sort { ($0.scenario.exposure.total ?? -1) > ($1.scenario.exposure.total ?? -1) }
        case .change: rows.sort { abs($0.riskDelta ?? 0) > abs($1.riskDelta ?? 0) }
        }
        var table = TextTable(["ally", "region", "exposure", "scenario", "Δ", "risk", "scenario", "Δ", "risk level"],
                              alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .left])
        var partial = false
        for r in rows {
            func cell(_ b: ScoreBreakdown) -> String {
                if b.coverage < 1 { partial = true; return b.totalText + "*" }
                return b.totalText
            }
            let before = r.baseline.riskLevel, after = r.scenario.riskLevel
            table.add([r.ally.name, r.ally.region.name,
                       cell(r.baseline.exposure), cell(r.scenario.exposure), delta(r.delta(.exposure)),
                       cell(r.baseline.risk), cell(r.scenario.risk), delta(r.riskDelta),
                       before == after ? after.rawValue : "\(before.rawValue) → \(after.rawValue)"])
        }
        out.append(table.render())
        out.append("")
        if partial { out.append(Console.dim("* some inputs unknown and left out; `allymap explain NAME` shows which.")) }
        out.append(Console.dim("exposure and risk if US protection weakens, 0–100; Δ = scenario minus baseline. Reliance and commitment are measured and do not change with a what-if. See METHOD.md."))
        return out.joined(separator: "\n")
    }

    /// Presets, then saved scenarios.
    static func listing(_ config: UserConfig) -> String {
        var table = TextTable(["name", "kind", "settings", "what it means"])
        for e in ScenarioCatalog(config: config).entries {
            let s = e.scenario
            table.add([e.name, e.origin == .preset ? "preset" : "saved", s.settings.isEmpty ? "—" : s.settings.joined(separator: " "), s.summary])
        }
        return table.render(maxCellWidth: 120)
    }

    static func delta(_ d: Double?) -> String {
        guard let d else { return "?" }
        let r = Int(d.rounded())
        return r == 0 ? "0" : (r > 0 ? "+\(r)" : "\(r)")
    }
}

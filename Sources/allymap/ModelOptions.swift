import AllyModel
import ArgumentParser

/// `--preset`, `--set` and `--weight`: the scenario and weights a scoring command runs under.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Start from a built-in or saved scenario (see `allymap scenario --list`).", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Change one thing (repeatable): us-commitment=full|hedged|withdrawn|0-100 (the credibility assumption), growth.ACTOR=+30, nuclear.ACTOR=yes|no, leave.ALLY.",
        valueName: "key=value"))
    var settings: [String] = []

    @Option(name: .customLong("weight"), help: ArgumentHelp(
        "Override one weight for this run (repeatable), e.g. reliance.arms=40 or exposure.nuclear=0.",
        valueName: "index.component=n"))
    var weights: [String] = []

    /// The scenario: a catalog entry (preset, then saved) with every `--set` applied in order.
    func scenario(in dataset: Dataset, config: UserConfig) throws -> Scenario {
        var scenario = Scenario.baseline
        if let preset {
            let entry = try ScenarioCatalog(config: config).entry(named: preset)
            scenario = entry.scenario
            let missing = entry.origin == .saved ? scenario.missingActors(in: dataset) : []
            if !missing.isEmpty { Console.error("allymap: note: scenario \"\(preset)\" names actors not in this dataset: \(missing.joined(separator: ", "))") }
        }
        if !settings.isEmpty {
            if preset == nil { scenario = Scenario(name: "custom") } else { scenario.name += "+custom" }
            scenario.summary = ""
            scenario.headline = ""
        }
        for s in settings {
            do { try scenario.apply(s, in: dataset) } catch { throw CommandExit.usage("\(error)") }
        }
        return scenario
    }

    /// Saved weights with every `--weight` applied.
    func weights(config: UserConfig) throws -> ScoreWeights {
        var w = config.weights
        for s in weights {
            do { try w.apply(s) } catch { throw CommandExit.usage("\(error)") }
        }
        return w
    }
}

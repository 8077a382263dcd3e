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

    func run() throws {
        let dataset = try DataOptions(path: path).load()
        print("ok: \(dataset.actors.count) actors, \(dataset.indicators.count) indicators, \(dataset.events.count) events, \(dataset.claims.count) claims")
    }
}

extension DataOptions {
    init(path: String?) {
        self.init()
        self.data = path
    }
}

import AllyReports
import ArgumentParser

/// `allymap show NAME`: everything known about one actor, each figure with year and source.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about one ally (or adversary): ties, figures, threats, events, claims.",
        discussion: "NAME matches ids, ISO codes, names and aliases, case-insensitively and by prefix: `show jp`, `show \"south k\"`."
    )

    @Argument(help: "Name, id or ISO code of the actor.")
    var name: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        Console.show(ShowReport(actor: try resolveActor(name, in: dataset), dataset: dataset))
    }
}

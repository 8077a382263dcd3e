import AllyModel
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `allymap` command: the interactive explorer by default, plus scriptable subcommands.
@main
struct AllyMap: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "allymap",
        abstract: "Explore how much each US ally depends on American protection, and how exposed it is.",
        discussion: """
            Run with no subcommand to open the interactive map (needs a terminal).
            The built-in dataset is compiled in; use --data to load your own (see `allymap export`).
            """,
        version: version,
        subcommands: [
            ExploreCommand.self, ListCommand.self, ShowCommand.self, ClaimsCommand.self, ExportCommand.self, ValidateCommand.self, RenderCommand.self,
            ExplainCommand.self, ScenarioCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )
}

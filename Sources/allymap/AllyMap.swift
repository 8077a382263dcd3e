import AllyModel
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
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
            ExplainCommand.self, ScenarioCommand.self, TourCommand.self, BriefCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )

    /// Runs the command like ArgumentParser's own `main`, with three differences: every ending
    /// goes through `CommandExit` (one table of statuses, `ExitStatus`); messages are made
    /// printable (they can quote the user's argument); and stdout is flushed and checked at the
    /// end, so a lost write (`> /dev/full`, a full disk) is exit 74, never a silent success.
    static func main() {
        StartupTrace.mark("main")
        var exit = CommandExit(.ok, message: nil)
        do {
            if CommandLine.arguments.count == 1 {
                StartupTrace.mark("arguments parsed")
                try ExploreCommand.openWithDefaults()
            } else {
                var command = try parseAsRoot()
                StartupTrace.mark("arguments parsed")
                try command.run()
            }
        } catch {
            exit = CommandExit(error)
        }
        if let message = exit.message {
            if exit.status == .ok { print(TextSafety.printableLines(message)) } else { Console.error(message) }
        }
        Glibc.exit(OutputCheck.finish(status: exit.status).rawValue)
    }
}

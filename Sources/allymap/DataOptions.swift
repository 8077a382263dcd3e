import AllyModel
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `--data PATH`, shared by every command that reads the dataset.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this dataset instead of the built-in one: a directory of TSV/CSV tables or a JSON export.", valueName: "path"))
    var data: String?

    /// Loads the dataset; on bad data prints every problem to stderr and exits 65 (EX_DATAERR).
    func load() throws -> Dataset {
        do {
            return try data.map { try DatasetLoader.load(path: $0) } ?? DatasetLoader.loadDefault()
        } catch let error as DataError {
            Console.error(error.description)
            Console.error("allymap: the dataset has \(error.issues.count) problem\(error.issues.count == 1 ? "" : "s"); nothing was loaded")
            throw ExitCode(DataError.exitCode)
        }
    }
}

/// Resolves a NAME argument to one actor, or fails with the candidates.
func resolveActor(_ name: String, in dataset: Dataset, kinds: Set<ActorKind>? = nil) throws -> Actor {
    switch dataset.lookup(name) {
    case .found(let actor):
        return actor
    case .ambiguous(let candidates):
        let list = candidates.map { "  \($0.name) (\($0.id))" }.joined(separator: "\n")
        Console.error("allymap: \"\(name)\" matches several actors:\n\(list)\nType more of the name, or its id.")
        throw ExitCode(64)
    case .notFound:
        let names = dataset.allies.map(\.id).joined(separator: ", ")
        Console.error("allymap: no actor matches \"\(name)\". Allies: \(names)")
        throw ExitCode(64)
    }
}

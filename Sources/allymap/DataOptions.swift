import AllyModel
import ArgumentParser

/// `--data PATH`, shared by every command that reads the dataset.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this dataset instead of the built-in one: a directory of TSV/CSV tables or a JSON export.", valueName: "path"))
    var data: String?

    /// Loads the dataset; a `DataError` (every problem found) becomes exit 65 in `CommandExit`.
    func load() throws -> Dataset {
        guard let data else { return try DatasetLoader.loadDefault() }
        let dataset = try DatasetLoader.load(path: data)
        releaseFreedMemory()
        return dataset
    }
}

/// Resolves a NAME argument to one actor, or fails (64) naming the candidates.
func resolveActor(_ name: String, in dataset: Dataset) throws -> Actor {
    switch dataset.lookup(name) {
    case .found(let actor):
        return actor
    case .ambiguous(let candidates):
        let list = candidates.map { "  \($0.name) (\($0.id))" }.joined(separator: "\n")
        throw CommandExit.usage("\"\(name)\" matches several actors:\n\(list)\nType more of the name, or its id.")
    case .notFound:
        let names = dataset.allies.map(\.id).joined(separator: ", ")
        throw CommandExit.usage("no actor matches \"\(name)\". Allies: \(names)")
    }
}

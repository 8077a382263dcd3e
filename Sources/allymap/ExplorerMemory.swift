import AllyModel
import AllyTUI

/// The explorer's memory between runs: the command history and the marks, in the state
/// directory (`StateStore`). Nothing here stops the explorer: a file that cannot be read is
/// ignored and a file that cannot be written is reported once, in the status line.
struct ExplorerMemory {
    static let historyFile = "history"
    static let marksFile = "marks"

    let store: StateStore
    /// Whether a failed write was already reported (saying it after every command would bury the commands' own messages).
    private var reportedWriteFailure = false

    init(store: StateStore = StateStore()) { self.store = store }

    /// The saved history and marks, and a note for the status line when a file was not usable.
    func load() -> (history: CommandHistory, marks: [Character: Bookmark], note: String?) {
        var notes: [String] = []
        func read(_ name: String, _ what: String) -> [String] {
            do {
                return try store.readLines(name)
            } catch {
                // The reason first: the status line is one row, and the path is the long part.
                notes.append("\(what) ignored — \(error.reason); replaced when next saved: \(TextSafety.printable(error.path))")
                return []
            }
        }
        let history = CommandHistory(read(Self.historyFile, "history"))
        let marks = Bookmark.marks(fromLines: read(Self.marksFile, "marks"))
        return (history, marks, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// Adds `line` to the history file. Another explorer may have saved lines meanwhile: they are
    /// read back first and kept. Returns the events to send (a note on the first failure).
    mutating func record(_ line: String) -> [Event] {
        let onDisk = (try? store.readLines(Self.historyFile)) ?? []
        return write(CommandHistory(onDisk).recording(line).entries, to: Self.historyFile, what: "history")
    }

    /// Writes every mark to the marks file.
    mutating func save(_ marks: [Character: Bookmark]) -> [Event] {
        write(Bookmark.lines(marks), to: Self.marksFile, what: "marks")
    }

    private mutating func write(_ lines: [String], to name: String, what: String) -> [Event] {
        do {
            try store.writeLines(lines, to: name)
            return []
        } catch {
            guard !reportedWriteFailure else { return [] }
            reportedWriteFailure = true
            return [.notice("\(what) not saved — \(error.reason): \(TextSafety.printable(error.path)) (commands still work)")]
        }
    }
}

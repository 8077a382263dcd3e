#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small line-based files the explorer keeps between runs (its command history, its marks) in
/// `$XDG_STATE_HOME/allymap/` (default `~/.local/state/allymap/`).
///
/// State, unlike config, is the program's own record: losing it costs little, so a file that is
/// not plain text lines is reported and then replaced, never fixed by hand. Reads never write;
/// writes are atomic (`AtomicFile`), so a kill during a save leaves the old file or the new one.
public struct StateStore: Sendable {
    /// The directory holding the files.
    public let directory: String
    /// A directory that must already exist before anything is created under it (the home
    /// directory): a mistyped HOME is reported, never created.
    public let root: String?

    /// The longest line a state file may hold; a longer one means the file is not ours.
    public static let maxLineLength = 1_000
    /// Files larger than this are not state files (500 lines of 1,000 characters is half of it).
    static let maxBytes = 1 << 20

    /// A store in an explicit directory (tests use a temporary one).
    public init(directory: String, root: String? = nil) { self.directory = directory; self.root = root }

    /// The standard location: `$XDG_STATE_HOME/allymap`, else `$HOME/.local/state/allymap`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        // The XDG spec says a relative path in the variable is to be ignored.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            directory = Path.join(xdg, "allymap")
            root = nil
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
            directory = Path.join(Path.join(Path.join(home, ".local"), "state"), "allymap")
            root = home
        }
    }

    /// The full path of the state file `name`.
    public func path(_ name: String) -> String { Path.join(directory, name) }

    /// The lines of the file `name`; empty when there is none yet.
    /// Throws `StateFileError.corrupt` for binary data, text that is not UTF-8 or an overlong
    /// line, and `.unreadable` when the file cannot be read at all.
    public func readLines(_ name: String) throws(StateFileError) -> [String] {
        let path = path(name)
        switch Path.kind(path) {
        case .missing: return []
        case .broken(let reason): throw .unreadable(path: path, reason: reason)
        case .directory: throw .unreadable(path: path, reason: "it is a directory")
        case .file: break
        }
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.readAll(path, maxBytes: Self.maxBytes)
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
        return try Self.lines(bytes, path: path)
    }

    /// Writes `lines` as the file `name` atomically, creating the directory (mode 700) if needed.
    /// Throws `StateFileError.unwritable` with the path and the system's reason.
    public func writeLines(_ lines: [String], to name: String) throws(StateFileError) {
        let path = path(name)
        if let root, Path.kind(root) != .directory {
            throw .unwritable(path: path, reason: "the home directory \(root) does not exist (set HOME, or XDG_STATE_HOME to an absolute path)")
        }
        do {
            try Path.makeDirectories(directory, mode: 0o700)
            let text = lines.map { $0 + "\n" }.joined()
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch let failure as POSIXFailure {
            throw .unwritable(path: path, reason: failure.reason)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
    }

    /// Splits a state file into lines, refusing anything a text editor or allymap would not
    /// have written: NUL and other control bytes, invalid UTF-8, lines past `maxLineLength`.
    static func lines(_ bytes: [UInt8], path: String) throws(StateFileError) -> [String] {
        if let bad = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D || $0 == 0x7F }) {
            throw .corrupt(path: path, reason: "byte \(bad + 1) is binary data (0x\(String(bytes[bad], radix: 16)))")
        }
        // Decoding replaces bad sequences, so a round trip that changes the bytes means they were not UTF-8.
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else { throw .corrupt(path: path, reason: "it is not UTF-8 text") }
        var out: [String] = []
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if line.count > Self.maxLineLength {
                throw .corrupt(path: path, reason: "line \(i + 1) is longer than \(Self.maxLineLength) characters")
            }
            if !line.isEmpty { out.append(String(line)) }
        }
        return out
    }
}

/// Why a state file could not be used.
public enum StateFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not text lines as allymap writes them.
    case corrupt(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)

    /// The file concerned.
    public var path: String {
        switch self {
        case .corrupt(let path, _), .unreadable(let path, _), .unwritable(let path, _): return path
        }
    }

    /// Why, without the path ("Not a directory", "line 3 is longer than 1000 characters").
    public var reason: String {
        switch self {
        case .corrupt(_, let reason), .unreadable(_, let reason), .unwritable(_, let reason): return reason
        }
    }

    public var description: String {
        switch self {
        case .corrupt(let path, let reason): return "\(path) is not a state file: \(reason)"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .unwritable(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

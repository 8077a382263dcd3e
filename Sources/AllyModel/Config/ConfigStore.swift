#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the user config at `$XDG_CONFIG_HOME/allymap/config.json` (default `~/.config/allymap/`).
///
/// Reads never change the file. Writes go through `update`, which reads first and refuses to write when the
/// existing file is unreadable or malformed, so a file the user broke by hand is never silently replaced.
public struct ConfigStore: Sendable {
    /// The directory holding the config file.
    public let directory: String
    public static let fileName = "config.json"
    /// A config is a few KB; anything this large is not one.
    static let maxBytes = 16 * 1024 * 1024

    /// The config file's full path.
    public var path: String { Path.join(directory, Self.fileName) }

    /// A directory that must already exist before anything is created under it (the home
    /// directory): a mistyped HOME is reported, never created.
    public let root: String?

    /// A store in an explicit directory (tests use a temporary one).
    public init(directory: String, root: String? = nil) { self.directory = directory; self.root = root }

    /// The standard location: `$XDG_CONFIG_HOME/allymap`, else `$HOME/.config/allymap`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        directory = Self.defaultDirectory(environment: environment)
        root = Self.usesXDG(environment) ? nil : Self.home(environment)
    }

    private static func usesXDG(_ environment: [String: String]) -> Bool {
        environment["XDG_CONFIG_HOME"].map { $0.hasPrefix("/") } ?? false
    }

    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// Resolves the standard directory; a relative XDG_CONFIG_HOME is ignored, as the XDG spec requires.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if usesXDG(environment), let xdg = environment["XDG_CONFIG_HOME"] {
            return Path.join(xdg, "allymap")
        }
        return Path.join(Path.join(home(environment), ".config"), "allymap")
    }

    /// The saved config; `.empty` when there is no file yet. Throws `ConfigError` for anything else.
    public func load() throws -> UserConfig {
        switch Path.kind(path) {
        case .missing: return .empty
        case .broken(let reason): throw ConfigError.unreadable(path: path, reason: reason)
        case .file: break
        case .directory: throw ConfigError.unreadable(path: path, reason: "it is a directory")
        }
        let data: Data
        do {
            data = Data(try RegularFile.readAll(path, maxBytes: Self.maxBytes))
        } catch {
            throw ConfigError.unreadable(path: path, reason: error.message)
        }
        do {
            return try JSONDecoder().decode(UserConfig.self, from: data)
        } catch let error as DecodingError {
            throw ConfigError.malformed(path: path, reason: Self.describe(error))
        } catch {
            throw ConfigError.malformed(path: path, reason: "\(error)")
        }
    }

    /// Writes `config` atomically, creating the directory (mode 700) if needed.
    public func save(_ config: UserConfig) throws {
        if let root, Path.kind(root) != .directory {
            throw ConfigError.unwritable(path: path, reason: "the home directory \(root) does not exist (set HOME, or XDG_CONFIG_HOME to an absolute path)")
        }
        do {
            try makeDirectory()
        } catch let failure as POSIXFailure {
            throw ConfigError.unwritable(path: path, reason: failure.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(config) + Data("\n".utf8)
            try AtomicFile.write([UInt8](data), to: path)
        } catch let failure as POSIXFailure {
            throw ConfigError.unwritable(path: path, reason: failure.description)
        } catch {
            throw ConfigError.unwritable(path: path, reason: "\(error)")
        }
    }

    /// Loads, changes and saves. Nothing is written if loading fails or `change` throws.
    @discardableResult
    public func update(_ change: (inout UserConfig) throws -> Void) throws -> UserConfig {
        var config = try load()
        try change(&config)
        try save(config)
        return config
    }

    private func makeDirectory() throws { try Path.makeDirectories(directory, mode: 0o700) }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "" : " at \(path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: "."))"
        }
        switch error {
        case .dataCorrupted(let c):
            let underlying = c.underlyingError.map { "\($0)" }
            return (underlying ?? c.debugDescription) + at(c.codingPath)
        case .keyNotFound(let key, let c): return "missing \"\(key.stringValue)\"\(at(c.codingPath))"
        case .typeMismatch(let type, let c): return "expected \(type)\(at(c.codingPath))"
        case .valueNotFound(let type, let c): return "expected \(type), found null\(at(c.codingPath))"
        @unknown default: return "not a valid config"
        }
    }
}

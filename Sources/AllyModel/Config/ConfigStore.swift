import Foundation

/// Reads and writes the user config at `$XDG_CONFIG_HOME/allymap/config.json` (default `~/.config/allymap/`).
///
/// Reads never change the file. Writes go through `update`, which reads first and refuses to write when the
/// existing file is unreadable or malformed, so a file the user broke by hand is never silently replaced.
public struct ConfigStore: Sendable {
    /// The directory holding the config file.
    public let directory: String
    public static let fileName = "config.json"

    /// The config file's full path.
    public var path: String { (directory as NSString).appendingPathComponent(Self.fileName) }

    /// A store in an explicit directory (tests use a temporary one).
    public init(directory: String) { self.directory = directory }

    /// The standard location: `$XDG_CONFIG_HOME/allymap`, else `$HOME/.config/allymap`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        directory = Self.defaultDirectory(environment: environment)
    }

    /// Resolves the standard directory; a relative XDG_CONFIG_HOME is ignored, as the XDG spec requires.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("allymap")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".config") as NSString).appendingPathComponent("allymap")
    }

    /// The saved config; `.empty` when there is no file yet. Throws `ConfigError` for anything else.
    public func load() throws -> UserConfig {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .empty }
        if isDirectory.boolValue { throw ConfigError.unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError.unreadable(path: path, reason: "permission denied or I/O error")
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

    /// Creates `directory` and its missing parents (mode 700) with mkdir(2), so a failure names the
    /// path and the system's reason ("Not a directory", "Read-only file system"). Foundation's
    /// createDirectory on Linux reported only "NSCocoaErrorDomain error 512" (found by issue 8's tests).
    private func makeDirectory() throws {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST { throw POSIXFailure(op: "create \(built)", code: errno) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw POSIXFailure(op: "create \(directory)", code: ENOTDIR)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "" : " at \(path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: "."))"
        }
        switch error {
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return (underlying ?? c.debugDescription) + at(c.codingPath)
        case .keyNotFound(let key, let c): return "missing \"\(key.stringValue)\"\(at(c.codingPath))"
        case .typeMismatch(let type, let c): return "expected \(type)\(at(c.codingPath))"
        case .valueNotFound(let type, let c): return "expected \(type), found null\(at(c.codingPath))"
        @unknown default: return "not a valid config"
        }
    }
}

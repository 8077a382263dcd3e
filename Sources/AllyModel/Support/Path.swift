#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as plain strings, and what sits at one: the few operations allymap needs,
/// without NSString (which only the full Foundation has).
public enum Path {
    public static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The last component (`/a/b.tsv` → `b.tsv`).
    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Everything before the last component (`/a/b.tsv` → `/a`, `b.tsv` → `.`).
    public static func parent(_ path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    public enum Kind: Equatable { case missing, file, directory, broken(String) }

    /// What is at `path` (following symlinks). Something that exists but cannot be examined
    /// (a symlink loop, a path through a file) is `broken` with the reason, never "missing".
    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .missing : .broken(RegularFile.reason(code))
        }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// Creates `path` and its missing parents with mkdir(2), so a failure names the path and the
    /// system's reason ("Not a directory", "Read-only file system"). Foundation's createDirectory
    /// on Linux reported only "NSCocoaErrorDomain error 512" (found by issue 8's tests).
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, mode) != 0 && errno != EEXIST { throw POSIXFailure(op: "create \(built)", code: errno) }
        }
        guard kind(path) == .directory else { throw POSIXFailure(op: "create \(path)", code: ENOTDIR) }
    }
}

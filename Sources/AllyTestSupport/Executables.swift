import Foundation

/// Finding and running external programs (tmux, built products) from tests.
public enum Executables {
    /// The full path of `name` in PATH, or nil.
    public static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `path` with `arguments` and waits; returns the exit status and stdout+stderr.
    ///
    /// Not `Foundation.Process`: tests run on dispatch worker threads, which block nearly every
    /// signal, and a spawned child inherits that mask. A tmux server started that way never sees
    /// SIGCHLD, so it cannot notice its panes exiting and hangs (and Process then waits on a
    /// zombie). `posix_spawn` here resets the mask and the usual dispositions, and output goes to
    /// a file rather than a pipe so a daemonising child cannot hold our read end open.
    public static func run(_ path: String, _ arguments: [String],
                           environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("allymap-run-\(getpid())-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        let pid = try Spawn.start(path, arguments: arguments,
                                  environment: environment ?? ProcessInfo.processInfo.environment,
                                  outputPath: outputPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return (Spawn.exitStatus(status), output)
    }

    /// The build products directory of the running test binary (where `swift build` put the
    /// package's executables), found from the test bundle or the runner's own path.
    public static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The path of the package executable `name` next to the tests, or nil if it was not built.
    public static func builtProduct(_ name: String) -> String? {
        let path = productsDirectory.appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}

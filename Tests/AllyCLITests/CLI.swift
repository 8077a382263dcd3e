import Foundation

/// Runs the built `allymap` binary the way a user would, capturing output and exit status.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `allymap` executable in the same build products directory as the test runner.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The runner may live inside an .xctest bundle (Contents/MacOS) on some platforms.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("allymap").path) && dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("allymap")
    }

    /// Runs `allymap args…` with a clean environment (no colour, not a terminal).
    /// Runs `allymap args…` with a clean environment (no colour, not a terminal); a run still
    /// going after `timeout` is killed (its status is then 128 + SIGKILL), so a hang fails a
    /// test instead of stalling the suite. `stdout` may name a file to write to instead of a pipe.
    static func run(_ args: [String], environment: [String: String] = [:], cwd: String? = nil,
                    timeout: Double = 60, stdoutPath: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe()
        if let stdoutPath {
            guard let file = FileHandle(forWritingAtPath: stdoutPath) else { throw CocoaError(.fileNoSuchFile) }
            process.standardOutput = file
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = Thread {
            let end = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        watchdog.start()
        if stdoutPath != nil { out.fileHandleForWriting.closeFile() }
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = stdoutPath != nil ? Data() : out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }
}

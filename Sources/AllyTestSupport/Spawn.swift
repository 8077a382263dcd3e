import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `posix_spawn` with a clean signal state: empty mask, default dispositions (see
/// `Executables.run` for why Foundation.Process is not enough here).
enum Spawn {
    #if canImport(Darwin)
    typealias Attributes = posix_spawnattr_t?
    typealias FileActions = posix_spawn_file_actions_t?
    #else
    typealias Attributes = posix_spawnattr_t
    typealias FileActions = posix_spawn_file_actions_t
    #endif

    struct Failure: Error, CustomStringConvertible {
        let path: String, code: Int32
        var description: String { "cannot run \(path): \(String(cString: strerror(code)))" }
    }

    /// Signals a test process may have ignored or caught that the child must see as default.
    static let resetSignals: [Int32] = [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH]

    /// Starts `path` with stdin from /dev/null and stdout+stderr into `outputPath`.
    static func start(_ path: String, arguments: [String], environment: [String: String], outputPath: String) throws -> pid_t {
        var attributes = Attributes()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in resetSignals { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = FileActions()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failure(path: path, code: code) }
        return pid
    }

    /// The shell's convention: the exit code, or 128 + signal when a signal ended the child.
    static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

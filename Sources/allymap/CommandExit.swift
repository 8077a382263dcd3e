/// The one way a command ends other than success: the status to exit with and the message for
/// stderr. Commands throw it; `AllyMap.main` prints the message and exits with the status.
///
/// Errors from the model, the terminal and ArgumentParser become one of these in
/// `CommandExit(_:)`, so every exit code is chosen in this file or `CommandExit+Error.swift`.
struct CommandExit: Error {
    let status: ExitStatus
    /// What to print: on stderr for a failure, on stdout for status 0 (help and version text).
    /// Nil when it has been shown already (the explorer reports on its own screen).
    let message: String?

    init(_ status: ExitStatus, message: String?) {
        self.status = status
        self.message = message
    }

    /// Bad arguments or settings (64).
    static func usage(_ problem: String) -> CommandExit { CommandExit(.usage, message: "allymap: \(problem)") }
    /// The config file is unreadable or malformed where it would be rewritten (78).
    static func config(_ problem: String) -> CommandExit { CommandExit(.configError, message: "allymap: \(problem)") }
    /// A file could not be written (74).
    static func io(_ problem: String) -> CommandExit { CommandExit(.ioError, message: "allymap: \(problem)") }
    /// An export or brief target could not be created (73).
    static func cannotCreate(_ problem: String) -> CommandExit { CommandExit(.cannotCreate, message: "allymap: \(problem)") }
}

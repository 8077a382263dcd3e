/// The statuses `allymap` exits with; docs/exit-codes.md is the user-facing copy of this table.
///
/// The numbers follow sysexits.h for usage, data and I/O problems, and the shell's 128 + N for
/// a terminating signal, so scripts can tell "you called it wrong" from "your data is wrong"
/// from "it was interrupted".
///
/// | code | name | when |
/// |---|---|---|
/// | 0 | `ok` | success, `--help`, `--version` |
/// | 1 | `failure` | an unexpected error |
/// | 2 | `noTerminal` | the explorer has no usable terminal |
/// | 64 | `usage` | bad arguments, names, settings or weights (EX_USAGE) |
/// | 65 | `dataError` | the dataset does not load (EX_DATAERR) |
/// | 73 | `cannotCreate` | `export --out` or `brief --out` cannot be written (EX_CANTCREAT) |
/// | 74 | `ioError` | stdout or the config file could not be written (EX_IOERR) |
/// | 78 | `configError` | the config file is unreadable where it is about to be rewritten (EX_CONFIG) |
/// | 129 | `hangup` | the explorer got SIGHUP |
/// | 130 | `interrupted` | Ctrl-C or SIGINT in the explorer |
/// | 143 | `terminated` | the explorer got SIGTERM |
/// | 128 + N | `signal(N)` | the explorer got another terminating signal N |
struct ExitStatus: RawRepresentable, Hashable, Sendable {
    let rawValue: Int32

    init(rawValue: Int32) { self.rawValue = rawValue }

    static let ok = ExitStatus(rawValue: 0)
    static let failure = ExitStatus(rawValue: 1)
    static let noTerminal = ExitStatus(rawValue: 2)
    static let usage = ExitStatus(rawValue: 64)
    static let dataError = ExitStatus(rawValue: 65)
    static let cannotCreate = ExitStatus(rawValue: 73)
    static let ioError = ExitStatus(rawValue: 74)
    static let configError = ExitStatus(rawValue: 78)
    static let hangup = signal(1)
    static let interrupted = signal(2)
    static let terminated = signal(15)

    /// The shell's status for a process ended by signal `number`.
    static func signal(_ number: Int32) -> ExitStatus { ExitStatus(rawValue: 128 + number) }
}

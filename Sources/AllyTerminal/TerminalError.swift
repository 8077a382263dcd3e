/// Why the interactive terminal could not start. The caller prints it and exits with status 2.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case stdinNotTerminal
    case stdoutNotTerminal
    case termNotSet
    case termDumb
    case termUnknown(String)
    case terminfoMissing
    case terminalUnsupported(String)
    case initFailed(String)

    /// The hint every message ends with: the non-interactive commands work anywhere.
    static let hint = "Use `allymap list` or `allymap render` for plain-text output."

    public var description: String {
        let problem: String
        switch self {
        case .stdinNotTerminal: problem = "standard input is not a terminal"
        case .stdoutNotTerminal: problem = "standard output is not a terminal"
        case .termNotSet: problem = "TERM is not set"
        case .termDumb: problem = "TERM=dumb cannot show a full-screen interface"
        case .termUnknown(let term): problem = "terminal type '\(term)' is not known to terminfo"
        case .terminfoMissing: problem = "no terminfo database was found"
        case .terminalUnsupported(let term): problem = "terminal type '\(term)' cannot address the cursor"
        case .initFailed(let term): problem = "ncurses could not initialise terminal '\(term)'"
        }
        return "allymap: the interactive explorer needs a terminal: \(problem). \(Self.hint)"
    }
}

/// Why a command line cannot run, worded for the command row ("unknown ally 'jpan' — did you mean Japan?").
public enum CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case unknownCommand(String, suggestion: String?)
    /// A name that matches nothing: what was looked for ("ally", "scenario"), the text, a near name.
    case unknown(what: String, String, suggestion: String?)
    /// A name that fits several: the first few of them.
    case ambiguous(what: String, String, candidates: [String])
    case missingArgument(usage: String)
    case tooManyArguments(usage: String)
    /// Anything else, said in full.
    case invalid(String)

    public var description: String {
        // What was typed is echoed cut short: the row must keep room for the advice after it.
        func echo(_ s: String) -> String { s.count > 24 ? s.prefix(23) + "…" : s }
        switch self {
        case .empty:
            return "type a command: Tab lists them"
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(echo(name))'" + (suggestion.map { " — did you mean \($0)?" } ?? ": Tab lists them")
        case .unknown(let what, let text, let suggestion):
            return "unknown \(what) '\(echo(text))'" + (suggestion.map { " — did you mean \($0)?" } ?? "")
        case .ambiguous(let what, let text, let candidates):
            let shown = candidates.prefix(3).joined(separator: ", ") + (candidates.count > 3 ? "…" : "")
            return "'\(echo(text))' fits \(candidates.count) \(what)s (\(shown)): Tab to choose"
        case .missingArgument(let usage):
            return "missing argument: \(usage)"
        case .tooManyArguments(let usage):
            return "too many arguments: \(usage)"
        case .invalid(let message):
            return message
        }
    }
}

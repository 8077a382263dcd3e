import AllyModel

/// What one argument of a command is: how it is read, completed and shown in the usage line.
public enum CommandArgument: Sendable, Equatable {
    case region
    /// Any actor (ally, adversary, armed group, the US).
    case actor
    case ally
    case sortColumn
    /// `asc` or `desc`.
    case sortOrder
    case text
    case scenario
    /// `INDEX.COMPONENT=NUMBER`.
    case weight
    /// A tour paragraph number.
    case paragraph
    case markLetter
    case file
    /// A command's name (for `:help`).
    case command

    /// How the usage line names it.
    public var placeholder: String {
        switch self {
        case .region: return "REGION"
        case .actor: return "NAME"
        case .ally: return "ALLY"
        case .sortColumn: return "COLUMN"
        case .sortOrder: return "asc|desc"
        case .text: return "TEXT"
        case .scenario: return "SCENARIO"
        case .weight: return "INDEX.PART=N"
        case .paragraph: return "¶"
        case .markLetter: return "LETTER"
        case .file: return "FILE"
        case .command: return "COMMAND"
        }
    }

    /// Whether the argument takes the rest of the line, spaces included ("goto south korea").
    var takesRest: Bool {
        switch self {
        case .actor, .text, .scenario, .file, .region, .weight: return true
        default: return false
        }
    }
}

/// One command of the `:` command line.
public struct CommandSpec: Sendable {
    public let name: String
    /// Other names typed for it (`q` for `quit`).
    public let aliases: [String]
    public let arguments: [CommandArgument]
    /// How many of the trailing arguments may be left out.
    public let optional: Int
    public let help: String

    init(_ name: String, aliases: [String] = [], _ arguments: [CommandArgument] = [], optional: Int = 0, help: String) {
        (self.name, self.aliases, self.arguments, self.optional, self.help) = (name, aliases, arguments, optional, help)
    }

    /// `compare ALLY [ALLY]`.
    public var usage: String {
        let required = arguments.count - optional
        let words = arguments.enumerated().map { i, a in i < required ? a.placeholder : "[\(a.placeholder)]" }
        return ([name] + words).joined(separator: " ")
    }

    /// How many arguments it takes at least.
    var required: Int { arguments.count - optional }
}

/// Every command of the `:` command line. The parser, Tab completion, the `?` help and the
/// command list in docs/explorer.md are all made from it, as the keys are from `KeyTable`.
/// To add a command: add a row here, a case to `Command`, its reading in `CommandParser` and its
/// effect in `Reduce+Command.swift`.
public enum CommandTable {
    public static let commands: [CommandSpec] = [
        CommandSpec("region", [.region], help: "show a region: middle-east, europe, asia or world"),
        CommandSpec("goto", [.actor], help: "select an ally or other actor by name, id or code"),
        CommandSpec("compare", [.ally, .ally], optional: 1, help: "two allies side by side (one name: with the selection)"),
        CommandSpec("sort", [.sortColumn, .sortOrder], optional: 1, help: "sort the ally table (t) by a column, its usual way or as said"),
        CommandSpec("filter", [.text], optional: 1, help: "table rows whose name has TEXT (a region: its table; none: all)"),
        CommandSpec("scenario", [.scenario], help: "put a what-if in force (baseline: the data as it is)"),
        CommandSpec("weight", [.weight], help: "change one weight for this session, e.g. reliance.arms=30"),
        CommandSpec("tour", [.paragraph], optional: 1, help: "open the guided tour, at paragraph ¶ if given"),
        CommandSpec("mark", [.markLetter], optional: 1, help: "mark this view as a–z ('a returns; no letter: list marks)"),
        CommandSpec("export", [.file], help: "a brief of this view: FILE.md (map beside it) or FILE.html"),
        CommandSpec("help", [.command], optional: 1, help: "the keys and commands (?); with a command, its usage"),
        CommandSpec("quit", aliases: ["q"], help: "quit"),
    ]

    /// The command called `name` (or one of its aliases), ignoring case.
    public static func spec(named name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        return commands.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// Every name a command can be typed as.
    static var allNames: [String] { commands.flatMap { [$0.name] + $0.aliases } }

    /// The command list as Markdown, for docs/explorer.md.
    public static func markdown() -> String {
        var out = ["| Command | What it does |", "| --- | --- |"]
        for spec in commands {
            let aliases = spec.aliases.map { ", `:\($0)`" }.joined()
            // A bare | would end the Markdown cell.
            let usage = spec.usage.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
            out.append("| `:\(usage)`\(aliases) | \(spec.help) |")
        }
        return out.joined(separator: "\n")
    }
}

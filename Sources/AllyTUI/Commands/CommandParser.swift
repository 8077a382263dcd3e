import AllyModel

/// Reads a command line (without its `:`) into a `Command`, resolving every name against the
/// explorer's data. Pure: nothing changes until the whole line has been read without error.
struct CommandParser {
    let vocabulary: CommandVocabulary

    init(_ state: AppState, _ derived: Derived) { vocabulary = CommandVocabulary(state: state, derived: derived) }

    /// Names people type for the table's columns besides the columns' own (`TableColumn.rawValue`).
    static let sortSynonyms: [String: TableColumn] = ["name": .ally, "country": .ally, "delta": .change, "rel": .reliance,
                                                      "com": .commitment, "exp": .exposure, "share": .known]

    func parse(_ line: String) throws(CommandError) -> Command {
        let words = CommandWords(line)
        guard !words.name.isEmpty else { throw .empty }
        let spec = try Self.spec(for: words.name)
        let arguments = words.arguments.map(\.text)
        let rest = CommandWords.rest(of: line)
        if arguments.count < spec.required { throw .missingArgument(usage: spec.usage) }
        // Commands whose last argument takes the rest of the line accept any number of words.
        if arguments.count > spec.arguments.count, !(spec.arguments.last?.takesRest ?? false), spec.name != "compare" {
            throw .tooManyArguments(usage: spec.usage)
        }
        switch spec.name {
        case "region": return .region(try vocabulary.region(rest))
        case "goto": return .goto(try vocabulary.actor(rest, alliesOnly: false))
        case "compare": return try compare(arguments, rest: rest, usage: spec.usage)
        case "sort": return try sort(arguments)
        case "filter": return Self.regionNamed(rest).map(Command.filterRegion) ?? .filter(rest)
        case "scenario": return .scenario(try vocabulary.scenario(rest))
        case "weight": return .weight(try vocabulary.weights(rest), setting: rest.filter { $0 != " " }.lowercased())
        case "tour": return .tour(paragraph: try arguments.first.map(paragraph))
        case "mark": return .mark(try arguments.first.map(markLetter))
        case "export": return .export(path: try exportPath(rest))
        case "help":
            guard let name = arguments.first else { return .help(command: nil) }
            return .help(command: try Self.spec(for: name).name)
        default: return .quit
        }
    }

    /// The command a name means: its name or alias, or the only command whose name starts with it.
    static func spec(for name: String) throws(CommandError) -> CommandSpec {
        if let spec = CommandTable.spec(named: name) { return spec }
        let starting = CommandTable.commands.filter { $0.name.hasPrefix(name.lowercased()) }
        if starting.count == 1 { return starting[0] }
        if starting.count > 1 { throw .ambiguous(what: "command", name, candidates: starting.map(\.name)) }
        throw .unknownCommand(name, suggestion: EditDistance.nearest(to: name.lowercased(), among: CommandTable.allNames.map { ([$0], $0) }))
    }

    // MARK: - Arguments

    /// `compare A` (with the selection), `compare A B`, or names with spaces: `compare japan south korea`.
    private func compare(_ arguments: [String], rest: String, usage: String) throws(CommandError) -> Command {
        func exact(_ text: String) -> String? {
            guard let id = try? vocabulary.actor(text, alliesOnly: true),
                  let actor = vocabulary.state.dataset.actor(id) else { return nil }
            let q = Dataset.fold(text)
            return [actor.name, actor.id, actor.iso2, actor.iso3].map(Dataset.fold).contains(q) || actor.aliases.map(Dataset.fold).contains(q) ? id : nil
        }
        let pair: (String?, String)
        if arguments.count == 1 {
            pair = (nil, try vocabulary.actor(arguments[0], alliesOnly: true))
        } else if let one = exact(rest) {
            pair = (nil, one)
        } else if arguments.count == 2 {
            pair = (try vocabulary.actor(arguments[0], alliesOnly: true), try vocabulary.actor(arguments[1], alliesOnly: true))
        } else if let split = (1..<arguments.count).lazy.compactMap({ i -> (String, String)? in
            guard let a = exact(arguments[..<i].joined(separator: " ")), let b = exact(arguments[i...].joined(separator: " ")) else { return nil }
            return (a, b)
        }).first {
            pair = split
        } else {
            throw .invalid("cannot tell the two allies apart: quote names with spaces or use ids (compare japan south-korea)")
        }
        let first = pair.0 ?? vocabulary.state.selected.flatMap { $0.kind == .ally ? $0.id : nil }
        guard let first else { throw .invalid("no ally is selected: name two, e.g. compare japan south-korea") }
        if first == pair.1 { throw .invalid("pick two different allies to compare") }
        return .compare(first: pair.0, other: pair.1)
    }

    private func sort(_ arguments: [String]) throws(CommandError) -> Command {
        let name = arguments[0].lowercased()
        guard let column = TableColumn(rawValue: name) ?? Self.sortSynonyms[name] else {
            let near = EditDistance.nearest(to: name, among: TableColumn.allCases.map { ([$0.rawValue], $0.rawValue) })
            throw .unknown(what: "column", arguments[0], suggestion: near)
        }
        guard arguments.count > 1 else { return .sort(column, descending: nil) }
        switch arguments[1].lowercased() {
        case "asc", "ascending", "up": return .sort(column, descending: false)
        case "desc", "descending", "down": return .sort(column, descending: true)
        default: throw .invalid("sort order '\(arguments[1])': expected asc or desc")
        }
    }

    /// The region `text` names in full (`asia`, `Middle East`); short forms such as `me` are
    /// left to the name filter, where they are parts of names (Yemen).
    static func regionNamed(_ text: String) -> Region? {
        let q = Dataset.fold(text)
        return Region.tabOrder.first { Dataset.fold($0.rawValue) == q || Dataset.fold($0.name) == q }
    }

    private func paragraph(_ text: String) throws(CommandError) -> Int {
        let paragraphs = vocabulary.paragraphs
        guard let first = paragraphs.first, let last = paragraphs.last else { throw .invalid("this dataset has no tour") }
        let digits = text.hasPrefix("¶") ? String(text.dropFirst()) : text
        guard let n = Int(digits), paragraphs.contains(n) else {
            throw .invalid("the tour has no ¶\(digits.prefix(12)): its paragraphs are ¶\(first)–¶\(last)")
        }
        return n
    }

    private func markLetter(_ text: String) throws(CommandError) -> Character {
        guard text.count == 1, let c = text.first, c.isASCII, c.isLowercase else {
            throw .invalid("a mark is one letter a–z, e.g. mark a")
        }
        return c
    }

    /// The file to export to; its extension says the format.
    private func exportPath(_ path: String) throws(CommandError) -> String {
        guard !path.isEmpty else { throw .missingArgument(usage: "export FILE") }
        let lowered = path.lowercased()
        guard [".md", ".markdown", ".html", ".htm", ".xhtml"].contains(where: { lowered.hasSuffix($0) }) else {
            throw .invalid("cannot tell the format of '\(path)': end the name in .md or .html")
        }
        return path
    }
}

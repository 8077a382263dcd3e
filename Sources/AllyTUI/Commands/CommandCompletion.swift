import AllyModel

/// What Tab can put in place of the word being typed: the line before that word and the
/// candidates for it, best first. Repeated Tabs cycle through the candidates.
struct CommandCompletion: Sendable, Equatable {
    /// The line before the word being completed (kept as typed).
    var head: String
    var candidates: [String]

    /// The completions of the end of `line` (the text before the cursor), nil when there are none.
    static func of(_ line: String, _ vocabulary: CommandVocabulary) -> CommandCompletion? {
        let words = CommandWords(line)
        // Still typing the command's name.
        if words.words.count == 0 || (words.words.count == 1 && !words.endsWithSpace) {
            let word = words.words.first
            let typed = word?.text.lowercased() ?? ""
            let names = CommandTable.commands.filter { $0.name.hasPrefix(typed) }.map { $0.name + ($0.arguments.isEmpty ? "" : " ") }
            return make(head: String(line.prefix(word?.start ?? line.count)), names)
        }
        guard let spec = try? CommandParser.spec(for: words.name), let firstArgument = spec.arguments.first else { return nil }
        let kind: CommandArgument
        let word: String, start: Int
        if firstArgument.takesRest {
            // One argument that may hold spaces: everything after the name is the word.
            kind = firstArgument
            start = words.arguments.first?.start ?? line.count
            word = CommandWords.rest(of: line)
        } else {
            let index = words.endsWithSpace ? words.arguments.count : words.arguments.count - 1
            guard spec.arguments.indices.contains(index) else { return nil }
            kind = spec.arguments[index]
            start = words.endsWithSpace ? line.count : words.words.last!.start
            word = words.endsWithSpace ? "" : words.words.last!.text
        }
        return make(head: String(line.prefix(start)), candidates(kind, word, vocabulary))
    }

    private static func make(head: String, _ candidates: [String]) -> CommandCompletion? {
        candidates.isEmpty ? nil : CommandCompletion(head: head, candidates: candidates)
    }

    /// The names of this kind that `word` could be the start of.
    static func candidates(_ kind: CommandArgument, _ word: String, _ vocabulary: CommandVocabulary) -> [String] {
        func starting(_ names: [String]) -> [String] {
            let q = Dataset.fold(word)
            return names.filter { Dataset.fold($0).hasPrefix(q) }
        }
        switch kind {
        case .region:
            return starting(CommandVocabulary.regionNames)
        case .actor, .ally:
            // A name with spaces goes in as its id where more words follow it (compare), so the
            // line still splits into two names.
            let spaced = !kind.takesRest
            return vocabulary.actorCompletions(word, alliesOnly: kind == .ally).map { spaced && $0.name.contains(" ") ? $0.id : $0.name }
        case .scenario:
            let q = CommandVocabulary.slug(word)
            return vocabulary.state.scenarios.map(\.name).filter { CommandVocabulary.slug($0).hasPrefix(q) }
        case .weight:
            guard !word.contains("=") else { return [] }
            return CommandVocabulary.weightKeys.filter { $0.hasPrefix(word.lowercased()) }.map { $0 + "=" }
        case .paragraph:
            return vocabulary.paragraphs.map(String.init).filter { $0.hasPrefix(word) }
        case .markLetter:
            return vocabulary.state.marks.keys.sorted().map(String.init).filter { $0.hasPrefix(word) }
        case .sortColumn:
            return TableColumn.allCases.map(\.rawValue).filter { $0.hasPrefix(word.lowercased()) }
        case .sortOrder:
            return ["asc", "desc"].filter { $0.hasPrefix(word.lowercased()) }
        case .command:
            return CommandTable.commands.map(\.name).filter { $0.hasPrefix(word.lowercased()) }
        case .text, .file:
            return []
        }
    }
}

/// What the command row says beside the text being typed: the error, or how to go on.
enum CommandLineContent {
    static func bar(_ line: CommandLineState) -> CommandLineBar {
        CommandLineBar(text: line.text, cursor: line.cursor, error: line.error, hint: hint(line))
    }

    /// The usage of the command being typed, or the keys while nothing names one yet.
    static func hint(_ line: CommandLineState) -> String {
        let words = CommandWords(line.text)
        if !words.name.isEmpty, words.words.count > 1 || words.endsWithSpace,
           let spec = try? CommandParser.spec(for: words.name) {
            return ":\(spec.usage) — \(spec.help)"
        }
        return KeyTable.hints(in: .command).map { "\($0.keys) \($0.hint)" }.joined(separator: " · ")
    }
}

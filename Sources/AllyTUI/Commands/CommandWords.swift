/// A command line cut into words: spaces separate them, double quotes keep spaces inside one
/// (`compare "south korea" japan`). Each word remembers where it starts, so completion can
/// replace the word being typed.
struct CommandWords: Equatable {
    struct Word: Equatable {
        /// The word without its quotes.
        var text: String
        /// Its first character's offset in the line (the opening quote, if quoted).
        var start: Int
    }

    var words: [Word]
    /// Whether the line ends in a space (outside quotes): the next word has not begun.
    var endsWithSpace: Bool

    init(_ line: String) {
        words = []
        endsWithSpace = false
        var current: Word?
        var quoted = false
        for (offset, c) in line.enumerated() {
            if c == "\"" {
                quoted.toggle()
                if current == nil { current = Word(text: "", start: offset) }
            } else if c == " " && !quoted {
                if let word = current { words.append(word) }
                current = nil
            } else {
                if current == nil { current = Word(text: "", start: offset) }
                current?.text.append(c)
            }
        }
        if let current { words.append(current) }
        endsWithSpace = line.last == " " && !quoted
    }

    /// The command's name, lowercased ("" when the line is blank).
    var name: String { words.first?.text.lowercased() ?? "" }

    /// The words after the command's name.
    var arguments: [Word] { Array(words.dropFirst()) }

    /// Everything after the command's name, as typed (quotes around the whole kept out).
    static func rest(of line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else { return "" }
        var rest = trimmed[space...].drop { $0 == " " }
        while rest.last == " " { rest = rest.dropLast() }
        if rest.count >= 2, rest.first == "\"", rest.last == "\"" { rest = rest.dropFirst().dropLast() }
        return String(rest)
    }
}

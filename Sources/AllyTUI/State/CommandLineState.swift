/// The `:` command line while it is open: the text, the cursor, where ↑/↓ stand in the history,
/// the Tab cycle and the last error. The view it was opened over stays on screen behind it.
public struct CommandLineState: Sendable, Equatable {
    /// The text typed, without the `:`.
    public var text: String = ""
    /// Where the next character goes, in characters from the start.
    public var cursor: Int = 0
    /// The view the line was opened over (map, detail, compare…); Esc returns to it.
    public var over: Mode
    /// Why the line could not run; cleared by the next edit.
    public var error: String?
    /// The history entry shown (nil: the line being typed) and that line, kept while walking.
    var historyPosition: Int?
    var draft: String = ""
    /// The candidates Tab is cycling through, and which one is in the line.
    var completion: CommandCompletion?
    var completionIndex = 0
    /// What followed the cursor when the cycle began (kept after each candidate).
    var completionTail = ""

    /// The longest line accepted.
    public static let maxLength = CommandHistory.maxLength

    public init(over: Mode, text: String = "", error: String? = nil) {
        self.over = over
        self.text = text
        cursor = text.count
        self.error = error
    }

    /// The candidates on offer while Tab cycles, and which is in the line (nil when not cycling).
    public var choices: (candidates: [String], index: Int)? {
        guard let completion, completion.candidates.count > 1 else { return nil }
        return (completion.candidates, completionIndex)
    }

    // MARK: - Editing

    /// Puts `c` at the cursor.
    mutating func insert(_ c: Character) {
        guard text.count < Self.maxLength else { return }
        let at = index(cursor)
        // A combining mark, a second regional indicator or a ZWJ joins the characters around it,
        // so the text may not grow by one: the cursor goes after what was typed, as it reads.
        let typed = String(text[..<at]) + String(c)
        text.insert(c, at: at)
        cursor = min(text.count, typed.count)
        edited()
    }

    /// The string index `offset` characters in, clamped to the text.
    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, min(offset, text.count)))
    }

    /// Deletes the character before the cursor (`forward`: the one under it).
    mutating func delete(forward: Bool = false) {
        let position = forward ? cursor : cursor - 1
        guard position >= 0, position < text.count else { return }
        text.remove(at: index(position))
        if !forward { cursor -= 1 }
        // Removing a character can join its neighbours into one (two regional indicators).
        cursor = min(cursor, text.count)
        edited()
    }

    /// Deletes the word before the cursor, and the spaces after it (Ctrl-W).
    mutating func deleteWord() {
        let chars = Array(text)
        cursor = min(cursor, chars.count)
        var start = cursor
        while start > 0, chars[start - 1] == " " { start -= 1 }
        while start > 0, chars[start - 1] != " " { start -= 1 }
        text = String(chars[..<start] + chars[cursor...])
        cursor = min(start, text.count)
        edited()
    }

    /// Empties the line (Ctrl-U).
    mutating func clear() {
        text = ""
        cursor = 0
        edited()
    }

    mutating func moveCursor(by n: Int) {
        cursor = max(0, min(text.count, n > 0 && cursor > Int.max - n ? text.count : cursor + n))
        completion = nil
    }

    /// Replaces the text, cursor at its end (history, completion).
    mutating func replace(with line: String) {
        text = String(line.prefix(Self.maxLength))
        cursor = text.count
        error = nil
    }

    /// After any edit the error is stale, the Tab cycle and the history walk start again.
    private mutating func edited() {
        error = nil
        completion = nil
        historyPosition = nil
    }
}

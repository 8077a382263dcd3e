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
        let at = text.index(text.startIndex, offsetBy: cursor)
        text.insert(c, at: at)
        cursor += 1
        edited()
    }

    /// Deletes the character before the cursor (`forward`: the one under it).
    mutating func delete(forward: Bool = false) {
        let position = forward ? cursor : cursor - 1
        guard position >= 0, position < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: position))
        if !forward { cursor -= 1 }
        edited()
    }

    /// Deletes the word before the cursor, and the spaces after it (Ctrl-W).
    mutating func deleteWord() {
        var start = cursor
        let chars = Array(text)
        while start > 0, chars[start - 1] == " " { start -= 1 }
        while start > 0, chars[start - 1] != " " { start -= 1 }
        text = String(chars[..<start] + chars[cursor...])
        cursor = start
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

import AllyModel

extension AppState {
    /// Keys typed into the `:` command line: bound keys from the key table (run, complete,
    /// history, cursor, delete, cancel); any other printable character is typed.
    mutating func handleCommandKey(_ key: Key, _ line: CommandLineState, _ derived: Derived) -> [Effect] {
        var line = line
        switch KeyTable.action(for: key, in: .command) {
        case .back?:
            mode = line.over
            return []
        case .acceptPrompt?:
            return run(line, derived)
        case .deleteBackward?:
            // Backspace on an empty line closes it, as in vim.
            if line.text.isEmpty { mode = line.over; return [] }
            line.delete()
        case .deleteForward?:
            line.delete(forward: true)
        case .deleteWord?:
            line.deleteWord()
        case .clearLine?:
            line.clear()
        case .moveCursor(let n)?:
            line.moveCursor(by: n)
        case .complete(let step)?:
            complete(&line, step: step, derived)
        case .recall(let step)?:
            recall(&line, step: step)
        default:
            // Control characters would corrupt the line and the history file: only text is typed.
            guard case .char(let c) = key, !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { break }
            line.insert(c)
        }
        mode = .command(line)
        return []
    }

    /// Tab: the first press completes the word before the cursor (or offers the candidates);
    /// later presses cycle through them. Nothing to complete leaves a note on the line.
    private func complete(_ line: inout CommandLineState, step: Int, _ derived: Derived) {
        if let cycle = line.completion {
            let n = cycle.candidates.count
            line.completionIndex = ((line.completionIndex + step) % n + n) % n
        } else {
            let before = String(line.text.prefix(line.cursor))
            guard let found = CommandCompletion.of(before, CommandVocabulary(state: self, derived: derived)) else {
                line.error = "nothing to complete here"
                return
            }
            line.completion = found
            line.completionTail = String(line.text.dropFirst(line.cursor))
            line.completionIndex = step > 0 ? 0 : found.candidates.count - 1
        }
        guard let cycle = line.completion else { return }
        let head = cycle.head + cycle.candidates[line.completionIndex]
        let keep = (cycle, line.completionIndex, line.completionTail)
        line.replace(with: head + line.completionTail)
        line.cursor = min(head.count, line.text.count)
        (line.completion, line.completionIndex, line.completionTail) = keep
        line.historyPosition = nil
    }

    /// ↑ / ↓: walk the history among entries that start with what was typed before the walk.
    private func recall(_ line: inout CommandLineState, step: Int) {
        if line.historyPosition == nil { line.draft = line.text }
        let position: Int?
        if step < 0 {
            position = history.older(than: line.historyPosition, prefix: line.draft, current: line.text)
            guard position != nil else { return } // the oldest match stays
        } else {
            guard let current = line.historyPosition else { return }
            position = history.newer(than: current, prefix: line.draft, current: line.text)
        }
        let draft = line.draft
        line.replace(with: position.map { history.entries[$0] } ?? draft)
        line.historyPosition = position
        line.draft = draft
        line.completion = nil
    }

    /// Enter: read the line and run it. An error keeps the line open with the reason beside the text.
    private mutating func run(_ line: CommandLineState, _ derived: Derived) -> [Effect] {
        var line = line
        let text = line.text
        let command: Command
        do {
            command = try CommandParser(self, derived).parse(text)
        } catch {
            // An empty line is closed, as Enter on an empty `:` in vim.
            if error == .empty { mode = line.over; return [] }
            line.error = error.description
            line.completion = nil
            mode = .command(line)
            return []
        }
        mode = line.over
        let clean = CommandHistory.clean(text)
        history = history.recording(clean)
        // Saved before running: `:q` ends the loop at its effect, and should be remembered too.
        return [.saveHistory(clean)] + perform(command, line: clean, derived)
    }
}

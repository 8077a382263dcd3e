/// The command lines run before, oldest first: what ↑ and ↓ walk through. Bounded, and a line
/// run again moves to the end instead of appearing twice.
public struct CommandHistory: Sendable, Equatable {
    /// How many lines are kept (here and in the history file).
    public static let limit = 500

    public private(set) var entries: [String]

    /// A history of `entries` (oldest first); blank lines are dropped, then the oldest beyond the limit.
    public init(_ entries: [String] = []) {
        var kept: [String] = []
        for line in entries {
            let line = Self.clean(line)
            guard !line.isEmpty else { continue }
            kept.removeAll { $0 == line }
            kept.append(line)
        }
        self.entries = Array(kept.suffix(Self.limit))
    }

    /// The history with `line` as its newest entry.
    public func recording(_ line: String) -> CommandHistory { CommandHistory(entries + [line]) }

    /// The position of the next entry before `position` (nil: the line being typed) that starts
    /// with `prefix` and differs from `current`; nil when there is none.
    func older(than position: Int?, prefix: String, current: String) -> Int? {
        var i = (position ?? entries.count) - 1
        while i >= 0 {
            if entries[i].hasPrefix(prefix) && entries[i] != current { return i }
            i -= 1
        }
        return nil
    }

    /// The position of the next entry after `position` that starts with `prefix` and differs
    /// from `current`; nil means back to the line being typed.
    func newer(than position: Int, prefix: String, current: String) -> Int? {
        var i = position + 1
        while i < entries.count {
            if entries[i].hasPrefix(prefix) && entries[i] != current { return i }
            i += 1
        }
        return nil
    }

    /// Trimmed, one line, at most `maxLength` characters: what a history file can hold.
    static func clean(_ line: String) -> String {
        var out = String(line.map { $0.isNewline || $0 == "\t" ? " " : $0 }.prefix(maxLength))
        while out.first == " " { out.removeFirst() }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The longest line kept (the history file refuses longer ones as not ours).
    static let maxLength = 512
}

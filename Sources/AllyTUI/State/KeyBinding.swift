import AllyModel

/// One row of the key table: the keys, what they do, and how the help screens describe them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// Short label for the key column, e.g. "←↑↓→".
    public var label: String
    public var help: String
    /// One or two words for the status bar; nil keeps the binding out of it (the `?` overlay lists all).
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, label: String, help: String, hint: String? = nil) {
        self.keys = keys; self.action = action; self.label = label; self.help = help; self.hint = hint
    }
}

/// The explorer's key table: the reducer, the status bar and the `?` overlay all read it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.char("1")], .showRegion(.middleEast), label: "1", help: "Middle East"),
        KeyBinding([.char("2")], .showRegion(.europe), label: "2", help: "Europe"),
        KeyBinding([.char("3")], .showRegion(.asia), label: "3", help: "Asia"),
        KeyBinding([.char("0")], .showRegion(.world), label: "0", help: "World overview"),
        KeyBinding([.left, .char("h")], .move(.left), label: "←↑↓→ hjkl", help: "map: nearest ally that way; pane: scroll", hint: "move"),
        KeyBinding([.right, .char("l")], .move(.right), label: "", help: ""),
        KeyBinding([.up, .char("k")], .move(.up), label: "", help: ""),
        KeyBinding([.down, .char("j")], .move(.down), label: "", help: ""),
        KeyBinding([.tab], .focusNext, label: "Tab", help: "next pane", hint: "pane"),
        KeyBinding([.backTab], .focusPrevious, label: "Shift-Tab", help: "previous pane"),
        KeyBinding([.pageDown, .char(" ")], .page(1), label: "PgDn Space", help: "scroll the focused pane down a page"),
        KeyBinding([.pageUp], .page(-1), label: "PgUp", help: "scroll the focused pane up a page"),
        KeyBinding([.home, .char("g")], .scrollToTop, label: "Home g", help: "top of the pane"),
        KeyBinding([.end, .char("G")], .scrollToEnd, label: "End G", help: "end of the pane"),
        KeyBinding([.enter], .openDetail, label: "Enter", help: "full detail of the selected ally", hint: "detail"),
        KeyBinding([.escape], .back, label: "Esc", help: "back / close"),
        KeyBinding([.char("/")], .startSearch, label: "/", help: "search by name or code", hint: "search"),
        KeyBinding([.char("n")], .nextMatch, label: "n", help: "next search match"),
        KeyBinding([.char("N")], .previousMatch, label: "N", help: "previous search match"),
        KeyBinding([.char("c")], .startCompare, label: "c", help: "compare with another ally", hint: "compare"),
        KeyBinding([.char("s")], .nextScenario, label: "s", help: "cycle what-if scenarios (scores and map colours)", hint: "what-if"),
        KeyBinding([.char("?")], .toggleHelp, label: "?", help: "this help", hint: "help"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, label: "q", help: "quit", hint: "quit"),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for b in bindings { for k in b.keys where t[k] == nil { t[k] = b.action } }
        return t
    }()

    /// The action for a key in normal mode, if any.
    public static func action(for key: Key) -> Action? { table[key] }
}

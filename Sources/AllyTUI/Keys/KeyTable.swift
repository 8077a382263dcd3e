import AllyModel

/// The modes a key can mean something different in.
public enum KeyContext: String, Sendable, CaseIterable {
    case normal, table, detail, compare, claims, picker, tour, inspect, help, prompt, command

    /// How the help and the README name it.
    public var title: String {
        switch self {
        case .normal: return "map and panes"
        case .table: return "ally table (t)"
        case .detail: return "detail (Enter)"
        case .compare: return "compare (c)"
        case .claims: return "claims board (C)"
        case .tour: return "the tour (T)"
        case .picker: return "what-if list (s)"
        case .inspect: return "inspect a figure (i)"
        case .help: return "help (?)"
        case .prompt: return "search, compare and filter prompts"
        case .command: return "the command line (:)"
        }
    }
}

/// One row of the key table: the keys, the modes they work in, what they do, and how the help
/// screens describe them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var contexts: Set<KeyContext>
    public var action: Action
    /// The key column, e.g. "←↑↓→ hjkl".
    public var label: String
    public var help: String
    /// One or two words for the status bar; nil keeps the binding out of it (the `?` overlay lists all).
    public var hint: String?
    /// The keys as the status bar shows them (default: the label's first word).
    public var hintKeys: String

    public init(_ keys: [Key], _ contexts: Set<KeyContext>, _ action: Action, label: String, help: String,
                hint: String? = nil, hintKeys: String? = nil) {
        (self.keys, self.contexts, self.action, self.label, self.help, self.hint) = (keys, contexts, action, label, help, hint)
        self.hintKeys = hintKeys ?? label.split(separator: " ").first.map(String.init) ?? label
    }
}

/// Every key of the explorer, in every mode. The reducer, the status bar, the `?` overlay, the
/// title bar's region tabs, the CLI help and the README's keys table are all made from it.
/// To add a key: add a row here and handle its action in `Reduce+Action.swift`.
public enum KeyTable {
    private static let scrollKeys = "↑↓ PgUp PgDn"
    private static let claimsHelp = "claims board: the article's claims by verdict"

    public static let bindings: [KeyBinding] = regionBindings + paragraphBindings + [
        // Map and panes
        KeyBinding([.left, .char("h")], [.normal], .move(.left), label: "←↑↓→ hjkl", help: "map: nearest ally that way; pane: scroll", hint: "move"),
        KeyBinding([.right, .char("l")], [.normal], .move(.right), label: "", help: ""),
        KeyBinding([.up, .char("k")], [.normal], .move(.up), label: "", help: ""),
        KeyBinding([.down, .char("j")], [.normal], .move(.down), label: "", help: ""),
        KeyBinding([.tab], [.normal, .table], .focusNext, label: "Tab", help: "next pane", hint: "pane"),
        KeyBinding([.backTab], [.normal, .table], .focusPrevious, label: "Shift-Tab", help: "previous pane"),
        // Scrolling text
        // In the claims board these move its cursor (by a claim, a page, to the ends).
        KeyBinding([.down, .char("j")], [.detail, .compare, .help, .claims], .scroll(1), label: "↓ j", help: "scroll down", hint: "scroll", hintKeys: scrollKeys),
        KeyBinding([.up, .char("k")], [.detail, .compare, .help, .claims], .scroll(-1), label: "↑ k", help: "scroll up"),
        KeyBinding([.pageDown, .char(" ")], [.normal, .detail, .compare, .help, .claims], .page(1), label: "PgDn Space", help: "scroll down a page"),
        KeyBinding([.pageUp], [.normal, .detail, .compare, .help, .claims], .page(-1), label: "PgUp", help: "scroll up a page"),
        KeyBinding([.home, .char("g")], [.normal, .detail, .compare, .claims], .scrollToTop, label: "Home g", help: "top of the text"),
        KeyBinding([.end, .char("G")], [.normal, .detail, .compare, .claims], .scrollToEnd, label: "End G", help: "end of the text"),
        // Opening and closing views
        KeyBinding([.enter], [.normal, .table], .openDetail, label: "Enter", help: "full detail of the selected ally", hint: "detail"),
        KeyBinding([.escape], [.normal], .back, label: "Esc", help: "focus back on the map"),
        KeyBinding([.escape, .enter, .backspace], [.detail], .back, label: "Esc", help: "back to the map", hint: "back"),
        KeyBinding([.escape, .enter], [.compare], .back, label: "Esc", help: "back to the map", hint: "back"),
        KeyBinding([], [.help], .back, label: "any other key", help: "close help", hint: "close help", hintKeys: "any other key"),
        KeyBinding([.char("/")], [.normal], .startSearch, label: "/", help: "search by name or code", hint: "search"),
        KeyBinding([.char("n")], [.normal, .table], .nextMatch, label: "n", help: "next search match"),
        KeyBinding([.char("N")], [.normal, .table], .previousMatch, label: "N", help: "previous search match"),
        KeyBinding([.char("c")], [.normal, .table], .startCompare, label: "c", help: "compare with another ally (type its name)", hint: "compare"),
        KeyBinding([.char("c")], [.compare], .startCompare, label: "c", help: "compare with another ally (type its name)", hint: "compare another"),
        KeyBinding([.char("s")], [.normal, .table, .detail, .compare], .pickScenario, label: "s", help: "pick a what-if scenario from a list", hint: "what-if"),
        KeyBinding([.char("S")], [.normal, .table, .detail, .compare], .baselineScenario, label: "S", help: "back to the baseline (the data as it is)"),
        KeyBinding([.char("T")], [.normal, .table], .startTour, label: "T", help: "walk the article's argument, claim by claim (resumes)", hint: "tour"),
        KeyBinding([.char("y")], [.normal, .table, .detail], .copyCitation, label: "y", help: "copy the selected ally's scores and sources"),
        KeyBinding([.char("i")], [.normal, .table, .detail], .inspect, label: "i", help: "inspect a figure: its source, page, confidence and place in the scores"),
        KeyBinding([.char("C")], [.normal, .table, .detail], .toggleClaimsBoard, label: "C", help: claimsHelp, hint: "claims"),
        KeyBinding([.char("C")], [.claims], .toggleClaimsBoard, label: "C", help: claimsHelp),
        // The hint only on the map's status bar: elsewhere the bar's room goes to the view's own keys.
        KeyBinding([.char(":")], [.normal], .startCommand, label: ":",
                   help: "command line: :goto NAME, :export FILE… (see Commands)", hint: "command"),
        KeyBinding([.char(":")], [.table, .detail, .compare, .claims, .tour], .startCommand, label: ":",
                   help: "command line: :goto NAME, :export FILE… (see Commands)"),
        KeyBinding([.char("'")], [.normal, .table], .startMarkJump, label: "'a", help: "back to mark a (set with :mark a)"),
        KeyBinding([.char("L")], [.normal], .toggleLegend, label: "L", help: "show or hide the map's legend (what shapes and colours mean)", hint: "legend"),
        KeyBinding([.char("?")], [.normal, .table], .toggleHelp, label: "?", help: "this help", hint: "help"),
        KeyBinding([.char("?")], [.detail, .compare, .claims], .toggleHelp, label: "?", help: "this help"),
        KeyBinding([.char("q")], [.normal, .table, .detail, .compare, .claims, .picker, .tour, .inspect], .quit, label: "q", help: "quit", hint: "quit"),
        // The ally table
        KeyBinding([.char(MainView.tableKey)], [.normal], .toggleTable, label: String(MainView.tableKey),
                   help: "table of allies: sort, filter, copy"),
        KeyBinding([.char(MainView.tableKey)], [.table], .toggleTable, label: String(MainView.tableKey), help: "back to the map", hint: "map"),
        KeyBinding([.up, .char("k")], [.table], .table(.arrow(.up)), label: "↑↓ jk", help: "previous / next row (a focused pane scrolls)", hint: "row", hintKeys: "↑↓"),
        KeyBinding([.down, .char("j")], [.table], .table(.arrow(.down)), label: "", help: ""),
        KeyBinding([.left, .char("h")], [.table], .table(.arrow(.left)), label: "←→ hl", help: "sort by the column to the left / right", hint: "sort", hintKeys: "←→"),
        KeyBinding([.right, .char("l")], [.table], .table(.arrow(.right)), label: "", help: ""),
        KeyBinding([.char("<")], [.table], .table(.sortStep(-1)), label: "< >", help: "sort by the previous / next column"),
        KeyBinding([.char(">")], [.table], .table(.sortStep(1)), label: "", help: ""),
    ] + TableColumn.allCases.map { c in
        KeyBinding([.char(c.key)], [.table], .table(.sort(c)), label: String(c.key), help: "sort by \(c.sortName) (again: the other way)")
    } + [
        KeyBinding([.pageDown, .char(" ")], [.table], .table(.page(1)), label: "PgDn Space", help: "a page down"),
        KeyBinding([.pageUp], [.table], .table(.page(-1)), label: "PgUp", help: "a page up"),
        KeyBinding([.home, .char("g")], [.table], .table(.first), label: "Home g", help: "first row"),
        KeyBinding([.end, .char("G")], [.table], .table(.last), label: "End G", help: "last row"),
        KeyBinding([.char("/")], [.table], .table(.startFilter), label: "/", help: "filter rows by name, code or alias", hint: "filter"),
        KeyBinding([.escape], [.table], .table(.back), label: "Esc", help: "clear the filter, else back to the map"),
        KeyBinding([.char("A")], [.table], .table(.toggleAdversaries), label: "A", help: "list adversaries and armed groups too, or not", hint: "threats"),
        KeyBinding([.char("Y")], [.normal], .copyTable, label: "Y", help: "copy the ally table as Markdown"),
        KeyBinding([.char("Y")], [.table], .copyTable, label: "Y", help: "copy the ally table as Markdown", hint: "copy"),
        // Claims board (↑↓, pages, Home/End, region keys, ? and q share the rows above)
        KeyBinding([.enter], [.claims], .choose, label: "Enter", help: "a claim's evidence; on an item, its actor on the map", hint: "evidence"),
        KeyBinding([.tab], [.claims], .claimScope(1), label: "Tab Shift-Tab", help: "claims about the selection, region or all regions", hint: "scope", hintKeys: "Tab"),
        KeyBinding([.backTab], [.claims], .claimScope(-1), label: "", help: ""),
        KeyBinding([.char("s")], [.claims], .filterClaims(.supported), label: "s c m n a",
                   help: "filter by verdict (s c m n); a or the same key: all", hint: "filter", hintKeys: "s c m n a"),
        KeyBinding([.char("c")], [.claims], .filterClaims(.contradicted), label: "", help: ""),
        KeyBinding([.char("m")], [.claims], .filterClaims(.mixed), label: "", help: ""),
        KeyBinding([.char("n")], [.claims], .filterClaims(.needsJudgement), label: "", help: ""),
        KeyBinding([.char("a")], [.claims], .filterClaims(nil), label: "", help: ""),
        KeyBinding([.escape, .backspace], [.claims], .back, label: "Esc", help: "back: evidence to the list, list to the map", hint: "back"),
        // The what-if list (q quits here too: the list is a menu, not a prompt)
        KeyBinding([.down, .char("j"), .tab], [.picker], .nextChoice, label: "↑↓ jk", help: "move the highlight", hint: "choose", hintKeys: "↑↓"),
        KeyBinding([.up, .char("k"), .backTab], [.picker], .previousChoice, label: "", help: ""),
        KeyBinding([.enter], [.picker], .acceptPrompt, label: "Enter", help: "apply the highlighted scenario", hint: "apply"),
        KeyBinding([.char("S")], [.picker], .baselineScenario, label: "S", help: "back to the baseline (the data as it is)", hint: "baseline"),
        KeyBinding([.escape], [.picker], .back, label: "Esc", help: "cancel", hint: "cancel"),
        // The inspect overlay (i)
        KeyBinding([.down, .char("j"), .tab], [.inspect], .nextChoice, label: "↑↓ jk", help: "previous / next figure", hint: "figure", hintKeys: "↑↓"),
        KeyBinding([.up, .char("k"), .backTab], [.inspect], .previousChoice, label: "", help: ""),
        KeyBinding([.home, .char("g")], [.inspect], .scrollToTop, label: "Home g", help: "first figure"),
        KeyBinding([.end, .char("G")], [.inspect], .scrollToEnd, label: "End G", help: "last figure"),
        KeyBinding([.pageDown, .char(" ")], [.inspect], .page(1), label: "PgDn Space", help: "scroll the card down", hint: "card"),
        KeyBinding([.pageUp], [.inspect], .page(-1), label: "PgUp", help: "scroll the card up"),
        KeyBinding([.char("y")], [.inspect], .copyFigure, label: "y", help: "copy the figure as a one-line citation (OSC 52)", hint: "copy"),
        KeyBinding([.escape, .char("i"), .backspace], [.inspect], .back, label: "Esc i", help: "close, back to the view under it", hint: "close"),
        // The tour
        KeyBinding([.right, .char(" "), .char("l")], [.tour], .tourStep(1), label: "→ Space l", help: "next paragraph", hint: "next"),
        KeyBinding([.left, .char("h")], [.tour], .tourStep(-1), label: "← h", help: "previous paragraph", hint: "previous"),
        KeyBinding([.down, .char("j")], [.tour], .tourCursor(1), label: "↓ j", help: "move down the card or the evidence list"),
        KeyBinding([.up, .char("k")], [.tour], .tourCursor(-1), label: "↑ k", help: "move up the card or the evidence list"),
        KeyBinding([.enter], [.tour], .tourEvidence, label: "Enter", help: "open or close the evidence list (the map follows its items)", hint: "evidence"),
        KeyBinding([.char("x"), .escape], [.tour], .leaveTour, label: "x Esc", help: "leave the tour, keeping the map where it is", hint: "explore"),
        KeyBinding([.char("?")], [.tour], .toggleHelp, label: "?", help: "this help"),
        // Prompts: other keys type
        KeyBinding([.down, .tab], [.prompt], .nextChoice, label: "↓ Tab", help: "next match", hint: "choose", hintKeys: "↑↓"),
        KeyBinding([.up, .backTab], [.prompt], .previousChoice, label: "↑ Shift-Tab", help: "previous match"),
        KeyBinding([.enter], [.prompt], .acceptPrompt, label: "Enter", help: "go to the chosen match", hint: "go"),
        KeyBinding([.backspace, .delete], [.prompt], .deleteBackward, label: "Backspace", help: "delete a letter (empty prompt: cancel)"),
        KeyBinding([.escape], [.prompt], .back, label: "Esc", help: "cancel", hint: "cancel"),
        // The command line: other keys type
        KeyBinding([.enter], [.command], .acceptPrompt, label: "Enter", help: "run the command", hint: "run"),
        KeyBinding([.tab], [.command], .complete(1), label: "Tab", help: "complete the command or name; again: the next (Shift-Tab: back)",
                   hint: "complete"),
        KeyBinding([.backTab], [.command], .complete(-1), label: "", help: ""),
        KeyBinding([.up], [.command], .recall(-1), label: "↑", help: "older command (those starting with what is typed)", hint: "history", hintKeys: "↑↓"),
        KeyBinding([.down], [.command], .recall(1), label: "↓", help: "newer command (those starting with what is typed)"),
        KeyBinding([.left], [.command], .moveCursor(-1), label: "← →", help: "move the cursor"),
        KeyBinding([.right], [.command], .moveCursor(1), label: "", help: ""),
        KeyBinding([.home, .ctrl("a")], [.command], .moveCursor(Int.min), label: "Home Ctrl-A", help: "start of the line"),
        KeyBinding([.end, .ctrl("e")], [.command], .moveCursor(Int.max), label: "End Ctrl-E", help: "end of the line"),
        KeyBinding([.backspace], [.command], .deleteBackward, label: "Backspace", help: "delete a letter (empty line: close)"),
        KeyBinding([.delete], [.command], .deleteForward, label: "Delete", help: "delete the letter under the cursor"),
        KeyBinding([.ctrl("w")], [.command], .deleteWord, label: "Ctrl-W", help: "delete the word before the cursor"),
        KeyBinding([.ctrl("u")], [.command], .clearLine, label: "Ctrl-U", help: "clear the line"),
        KeyBinding([.escape], [.command], .back, label: "Esc", help: "close without running", hint: "cancel"),
    ]

    /// Digits jump to a paragraph in the tour (¶0–¶9); one help row stands for all ten.
    static var paragraphBindings: [KeyBinding] {
        (0...9).map { n in
            KeyBinding([.char(Character(String(n)))], [.tour], .tourParagraph(n), label: n == 0 ? "0–9" : "",
                       help: n == 0 ? "jump to paragraph ¶0–¶9" : "")
        }
    }

    /// One row per region, keys and names derived from `Region`.
    static var regionBindings: [KeyBinding] {
        Region.tabOrder.map { region in
            KeyBinding([.char(region.key)], [.normal, .table, .detail, .claims], .showRegion(region), label: String(region.key),
                       help: region == .world ? "World overview" : region.name)
        }
    }

    private static let tables: [KeyContext: [Key: Action]] = {
        var out: [KeyContext: [Key: Action]] = [:]
        for b in bindings {
            for context in b.contexts {
                for k in b.keys where out[context, default: [:]][k] == nil { out[context, default: [:]][k] = b.action }
            }
        }
        return out
    }()

    /// The action for a key in a mode, if any.
    public static func action(for key: Key, in context: KeyContext) -> Action? { tables[context]?[key] }

    /// The rows the help lists for a mode (continuation rows without help text left out).
    public static func rows(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) && !$0.help.isEmpty }
    }

    /// The status bar's hints for a mode, most needed first so narrow screens keep help and quit.
    public static func hints(in context: KeyContext) -> [(keys: String, hint: String)] {
        var out: [(keys: String, hint: String)] = []
        if context == .normal {
            out.append((Region.tabOrder.map { String($0.key) }.joined(separator: " "), "region"))
        }
        let order = ["move", "row", "sort", "scroll", "next", "previous", "pane", "search", "compare another", "choose", "figure", "card", "go", "apply", "back", "close",
                     "evidence", "scope", "filter", "explore", "run", "complete", "history", "cancel", "baseline", "close help", "help", "quit",
                     "detail", "legend", "map", "threats", "copy", "compare", "what-if", "tour", "claims", "command"]
        let bound = rows(in: context).compactMap { b in b.hint.map { (keys: b.hintKeys, hint: $0) } }
        out += bound.sorted { (order.firstIndex(of: $0.hint) ?? 99) < (order.firstIndex(of: $1.hint) ?? 99) }
        return out
    }
}

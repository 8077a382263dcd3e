import AllyModel

/// The claims board's text (`C`): scope tabs and verdict counts on top, then either the claims
/// grouped by verdict or, after Enter, one claim with every item of its evidence.
public enum ClaimsBoardContent {
    /// What the board draws: a fixed header, a list with a cursor, and where each item starts.
    public struct Page: Sendable {
        public var title: String
        public var header: [StyledLine]
        public var lines: [StyledLine]
        /// The first line of each item (a group's heading belongs to its first item).
        public var starts: [Int]
        /// The index in `starts` of the item under the cursor.
        public var cursor: Int
    }

    public static func page(_ view: ViewState, width: Int) -> Page {
        let state = view.state.claimsBoard
        let board = view.state.claimBoard(view.derived)
        let entries = board.entries(with: state.filter)
        let cursor = view.state.claimCursorIndex(in: entries)
        let header = (scopeTabs(view, board: board) + [filters(board, active: state.filter)]).flatMap { $0.wrapped(to: width, indent: 2) }
            + [StyledLine(String(repeating: view.unicode ? "─" : "-", count: max(0, width)), Theme.border)]
        if let item = state.evidence, let entry = view.state.openClaim(in: entries, view.derived) {
            var page = evidence(entry, cursor: item, width: width, unicode: view.unicode)
            page.title = "Claims about \(board.title) › \(entry.claim.citation)"
            page.header = header
            return page
        }
        let list = view.derived.claimBoards.list(for: .init(board: view.state.claimBoardKey(view.derived), filter: state.filter,
                                                            width: width, unicode: view.unicode)) {
            self.list(entries, width: width)
        }
        var lines = list.lines
        if list.bodies.indices.contains(cursor) {
            // The cursor's bar replaces the blank gutter of its claim's lines.
            let bar = Span(view.unicode ? "▌ " : "> ", Theme.accent.bolded)
            for i in list.bodies[cursor] { lines[i].spans[0] = bar }
        }
        if entries.isEmpty {
            let what = state.filter.map { "\($0.label) " } ?? ""
            lines = [StyledLine("No \(what)claim about \(board.title). a shows every verdict; Tab another scope.", Theme.dim)]
        }
        let starts = entries.isEmpty ? [0] : list.starts
        let shown = state.filter == nil ? "\(entries.count)" : "\(entries.count) of \(board.entries.count)"
        return Page(title: "Claims about \(board.title) — \(shown)", header: header, lines: lines, starts: starts, cursor: min(cursor, starts.count - 1))
    }

    /// The list without a cursor, kept per board, filter and width: where each claim starts
    /// (with its group's heading) and which lines are its own.
    struct List: Sendable {
        var lines: [StyledLine] = []
        var starts: [Int] = []
        var bodies: [Range<Int>] = []
    }

    static func list(_ entries: [ClaimBoard.Entry], width: Int) -> List {
        var list = List()
        var group: Verdict?? = .none
        for (i, entry) in entries.enumerated() {
            list.starts.append(list.lines.count)
            let verdict = entry.verdict?.verdict
            if group != .some(verdict) {
                group = .some(verdict)
                if i > 0 { list.lines.append(.empty) }
                list.lines.append(ClaimsContent.heading(verdict, count: entries.filter { $0.verdict?.verdict == verdict }.count))
            }
            let body = gutter(ClaimsContent.entry(entry, verdictTag: true), selected: false, width: width, unicode: true)
            list.bodies.append(list.lines.count..<(list.lines.count + body.count))
            list.lines += body
        }
        return list
    }

    /// The first line to show so the cursor's item is in sight, moving `offset` as little as possible.
    public static func offset(_ offset: Int, keeping cursor: Int, of page: Page, rows: Int) -> Int {
        guard rows > 0, page.starts.indices.contains(cursor) else { return 0 }
        let start = page.starts[cursor]
        let end = cursor + 1 < page.starts.count ? page.starts[cursor + 1] : page.lines.count
        var o = offset
        if end - start >= rows || start < o { o = start } else if end > o + rows { o = end - rows }
        return max(0, min(o, page.lines.count - rows))
    }

    // MARK: - Header

    /// "About: Israel  Middle East  all regions", the current scope highlighted.
    private static func scopeTabs(_ view: ViewState, board: ClaimBoard) -> [StyledLine] {
        var spans = [Span("About ", Theme.dim)]
        for scope in view.state.claimScopes {
            let name: String
            switch scope {
            case .selection: name = view.selected?.name ?? ""
            case .region: name = view.region == .world ? "World" : view.region.name
            case .all: name = "all regions"
            }
            let active = scope == view.state.claimsBoard.scope || (scope == .region && view.state.claimsBoard.scope == .selection && view.selected == nil)
            spans.append(Span(" \(name) ", active ? Theme.activeTab : Theme.label))
            spans.append(Span(" "))
        }
        spans.append(Span(" Tab", Theme.keyHint))
        spans.append(Span(" scope", Theme.dim))
        return [StyledLine(spans)]
    }

    /// "a all 14  s 3 supported  c 1 contradicted  m 2 mixed  n 8 needs judgement", the active filter highlighted.
    private static func filters(_ board: ClaimBoard, active: Verdict?) -> StyledLine {
        let keys: [Verdict: String] = [.supported: "s", .contradicted: "c", .mixed: "m", .needsJudgement: "n"]
        var spans = [Span("a", Theme.keyHint), Span(" all \(board.entries.count) ", active == nil ? Theme.activeTab : Theme.label), Span(" ")]
        for (verdict, count) in board.counts {
            spans.append(Span(keys[verdict] ?? "", Theme.keyHint))
            spans.append(Span(" \(count) \(verdict.label) ", active == verdict ? Theme.activeTab : count == 0 ? Theme.dim : ClaimsContent.verdictStyle(verdict)))
            spans.append(Span(" "))
        }
        if board.uncheckedCount > 0 { spans.append(Span("\(board.uncheckedCount) not checked yet", Theme.dim)) }
        return StyledLine(spans)
    }

    // MARK: - One claim's evidence

    private static func evidence(_ entry: ClaimBoard.Entry, cursor: Int, width: Int, unicode: Bool) -> Page {
        let claim = entry.claim
        var head = [Span(claim.citation, Theme.accent.bolded), Span(" · \(claim.stance.rawValue)", Theme.dim)]
        if let v = entry.verdict {
            head += [Span(" · "), Span(v.verdict.label, ClaimsContent.verdictStyle(v.verdict)), Span(" — \(v.method.label)", Theme.dim)]
        }
        var preamble = [StyledLine(head), StyledLine(claim.text, Theme.value)]
        if let reasoning = entry.verdict?.reasoning, !reasoning.isEmpty {
            preamble.append(StyledLine([Span("Why: ", Theme.label), Span(reasoning, Theme.dim)]))
        }
        if !claim.note.isEmpty { preamble.append(StyledLine([Span("Note: ", Theme.label), Span(claim.note, Theme.dim)])) }
        preamble.append(StyledLine([Span("Enter", Theme.keyHint), Span(" on an item shows its ally or actor on the map; ", Theme.dim),
                                    Span("Esc", Theme.keyHint), Span(" back to the list", Theme.dim)]))
        var lines = preamble.flatMap { $0.wrapped(to: width, indent: 2) }
        var starts: [Int] = []
        for supports in [true, false] {
            let items = entry.evidence.enumerated().filter { $0.element.supports == supports }
            lines.append(.empty)
            lines.append(StyledLine([Span(supports ? "FOR" : "AGAINST", (supports ? Theme.supports : Theme.contradicts).bolded),
                                     Span(" · \(items.count)", Theme.dim)]))
            if items.isEmpty { lines.append(StyledLine("  nothing linked", Theme.dim)) }
            for (i, item) in items {
                starts.append(starts.isEmpty ? 0 : lines.count)
                var spans = ClaimsContent.item(item)
                if let name = item.actorName { spans.append(Span("  → \(name)", Theme.accent)) }
                lines += gutter([StyledLine(spans)], selected: i == cursor, width: width, unicode: unicode)
            }
        }
        if starts.isEmpty { starts = [0] }
        return Page(title: "", header: [], lines: lines, starts: starts, cursor: min(cursor, starts.count - 1))
    }

    /// Lines wrapped two columns narrower and set behind a cursor bar (or a blank one).
    private static func gutter(_ lines: [StyledLine], selected: Bool, width: Int, unicode: Bool) -> [StyledLine] {
        let bar = selected ? Span(unicode ? "▌ " : "> ", Theme.accent.bolded) : Span("  ")
        return lines.flatMap { $0.wrapped(to: width - 2, indent: 3) }.map { StyledLine([bar] + $0.spans, wraps: false) }
    }
}

/// The key table written out for people: the README's table and the CLI's one-line summary.
extension KeyTable {
    /// What the mouse does (not keys, but listed beside them).
    public static let mouse: [(what: String, help: String)] = [
        ("mouse click", "select an ally, a region tab or a pane"),
        ("mouse wheel", "scroll the text under the pointer"),
    ]

    /// The README's keys table: every row of the table with its modes, as Markdown. The ally
    /// table's keys (those that work only there, and `Y`, which copies it) are in docs/explorer.md
    /// (`tableMarkdown()`), so the README stays short; `t`, which opens the table, stays here.
    public static func markdown() -> String {
        // Rows that read the same (label and help) in several modes are one row of the table;
        // the region rows are one row too.
        var rows: [(label: String, contexts: Set<KeyContext>, help: String)] = []
        for b in bindings where !b.help.isEmpty {
            if case .showRegion = b.action { continue }
            if let i = rows.firstIndex(where: { $0.label == b.label && $0.help == b.help }) {
                rows[i].contexts.formUnion(b.contexts)
            } else if b.contexts != [.table] && b.contexts != [.inspect] && b.action != .copyTable {
                rows.append((b.label, b.contexts, b.help))
            }
        }
        let regions = regionBindings
        rows.insert((regions.map(\.label).joined(separator: " "), regions[0].contexts,
                     "show a region: " + regions.map(\.help).joined(separator: ", ")), at: 0)
        rows = pairedOpposites(rows)
        var out = ["| Key | Mode | Action |", "| --- | --- | --- |"]
        for row in rows {
            let modes = KeyContext.allCases.filter { row.contexts.contains($0) }.map(\.rawValue).joined(separator: ", ")
            out.append("| \(keysCell(row.label)) | \(modes) | \(row.help) |")
        }
        out.append("| `Ctrl-C` | any | quit at once (exit status 130) |")
        out.append("| other letters | prompt | type the name or code to look for |")
        // The mouse in one row (the README has a line budget).
        out.append("| \(mouse.map(\.what).joined(separator: " / ")) | normal | \(mouse.map(\.help).joined(separator: " / ")) |")
        return out.joined(separator: "\n")
    }

    /// The ally table's own keys (those that work only there), as Markdown for docs/explorer.md;
    /// the sort keys are one row.
    public static func tableMarkdown() -> String {
        var out = ["| Key | Action |", "| --- | --- |"]
        var sortRowDone = false
        for b in bindings where !b.help.isEmpty && b.contexts == [.table] {
            if case .table(.sort) = b.action {
                if sortRowDone { continue }
                sortRowDone = true
                out.append("| \(keysCell(TableColumn.allCases.map { String($0.key) }.joined(separator: " "))) | sort by that column "
                           + "(the header shows each column's letter; the same key again sorts the other way) |")
                continue
            }
            out.append("| \(keysCell(b.label)) | \(b.help) |")
        }
        return out.joined(separator: "\n")
    }

    /// The inspect overlay's own keys, as Markdown for docs/explorer.md (`i`, which opens it,
    /// is in the README).
    public static func inspectMarkdown() -> String {
        let rows = pairedOpposites(bindings.filter { !$0.help.isEmpty && $0.contexts == [.inspect] }.map { ($0.label, $0.contexts, $0.help) })
        return (["| Key | Action |", "| --- | --- |"] + rows.map { "| \(keysCell($0.label)) | \($0.help) |" }).joined(separator: "\n")
    }

    /// "1 2 3 0 region, ←↑↓→ move, …" for `allymap explore --help`.
    public static var summary: String {
        hints(in: .normal).map { "\($0.keys) \($0.hint)" }.joined(separator: ", ")
    }

    /// Neighbouring rows of the same modes whose help differs in one word ("next pane",
    /// "previous pane") become one row: `Tab` / `Shift-Tab`, next / previous pane.
    private static func pairedOpposites(_ rows: [(label: String, contexts: Set<KeyContext>, help: String)])
        -> [(label: String, contexts: Set<KeyContext>, help: String)] {
        var out: [(label: String, contexts: Set<KeyContext>, help: String)] = []
        var i = 0
        while i < rows.count {
            if i + 1 < rows.count, rows[i].contexts == rows[i + 1].contexts {
                let a = rows[i].help.split(separator: " "), b = rows[i + 1].help.split(separator: " ")
                let differing = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }
                if a.count == b.count, differing.count == 1, let d = differing.first {
                    var words = a.map(String.init)
                    words[d.offset] = "\(a[d.offset]) / \(b[d.offset])"
                    out.append((rows[i].label + " / " + rows[i + 1].label, rows[i].contexts, words.joined(separator: " ")))
                    i += 2
                    continue
                }
            }
            out.append(rows[i])
            i += 1
        }
        return out
    }

    private static func keysCell(_ label: String) -> String {
        if label.contains(" other ") { return label }
        if label == "/" { return "`/`" }
        return label.split(separator: " ").map { $0 == "/" ? "/" : "`\($0)`" }.joined(separator: " ")
    }
}

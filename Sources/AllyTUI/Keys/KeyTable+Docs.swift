/// The key table written out for people: the README's table and the CLI's one-line summary.
extension KeyTable {
    /// What the mouse does (not keys, but listed beside them).
    public static let mouse: [(what: String, help: String)] = [
        ("mouse click", "select an ally, a region tab or a pane"),
        ("mouse wheel", "scroll the text under the pointer"),
    ]

    /// The README's keys table: every row of the table with its modes, as Markdown. Keys of the
    /// ally table alone are in docs/explorer.md (`tableMarkdown()`), so the README stays short.
    public static func markdown() -> String {
        // Rows that read the same (label and help) in several modes are one row of the table;
        // the region rows are one row too.
        var rows: [(label: String, contexts: Set<KeyContext>, help: String)] = []
        for b in bindings where !b.help.isEmpty {
            if case .showRegion = b.action { continue }
            if let i = rows.firstIndex(where: { $0.label == b.label && $0.help == b.help }) {
                rows[i].contexts.formUnion(b.contexts)
            } else if b.contexts != [.table] {
                rows.append((b.label, b.contexts, b.help))
            }
        }
        let regions = regionBindings
        rows.insert((regions.map(\.label).joined(separator: " "), regions[0].contexts,
                     "show a region: " + regions.map(\.help).joined(separator: ", ")), at: 0)
        var out = ["| Key | Mode | Action |", "| --- | --- | --- |"]
        for row in rows {
            let modes = KeyContext.allCases.filter { row.contexts.contains($0) }.map(\.rawValue).joined(separator: ", ")
            out.append("| \(keysCell(row.label)) | \(modes) | \(row.help) |")
        }
        out.append("| `Ctrl-C` | any | quit at once (exit status 130) |")
        out.append("| other letters | prompt | type the name or code to look for |")
        for (what, help) in mouse { out.append("| \(what) | normal | \(help) |") }
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

    /// "1 2 3 0 region, ←↑↓→ move, …" for `allymap explore --help`.
    public static var summary: String {
        hints(in: .normal).map { "\($0.keys) \($0.hint)" }.joined(separator: ", ")
    }

    private static func keysCell(_ label: String) -> String {
        if label.contains(" other ") { return label }
        return label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
    }
}

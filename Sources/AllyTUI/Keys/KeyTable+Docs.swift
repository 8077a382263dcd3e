/// The key table written out for people: the README's table and the CLI's one-line summary.
extension KeyTable {
    /// What the mouse does (not keys, but listed beside them).
    public static let mouse: [(what: String, help: String)] = [
        ("mouse click", "select an ally, a region tab or a pane"),
        ("mouse wheel", "scroll the text under the pointer"),
    ]

    /// The README's keys table: every row of the table with its modes, as Markdown.
    public static func markdown() -> String {
        var out = ["| Key | Mode | Action |", "| --- | --- | --- |"]
        for b in bindings where !b.help.isEmpty {
            let modes = KeyContext.allCases.filter { b.contexts.contains($0) }.map(\.rawValue).joined(separator: ", ")
            out.append("| \(keysCell(b.label)) | \(modes) | \(b.help) |")
        }
        out.append("| `Ctrl-C` | any | quit at once (exit status 130) |")
        out.append("| other letters | prompt | type the name or code to look for |")
        for (what, help) in mouse { out.append("| \(what) | normal | \(help) |") }
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

/// The bottom line: a message when there is one, else key hints drawn from the key table.
public enum StatusBar {
    public static func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        if case .search(let search) = state.mode {
            let prompt = search.purpose == .jump ? "/" : "compare \(state.selected?.name ?? "") with: "
            var x = buffer.write(prompt, x: area.x, y: area.y, style: Theme.keyHint, clip: area)
            x = buffer.write(search.query, x: x, y: area.y, style: Theme.value, clip: area)
            buffer.write("▏", x: x, y: area.y, style: Theme.accent, clip: area)
            let hint = search.matches.isEmpty ? (search.query.isEmpty ? "type a name or code" : "no match")
                : "\(search.matches.count) match\(search.matches.count == 1 ? "" : "es") · ↑↓ choose · Enter go · Esc cancel"
            let hx = area.maxX - DisplayWidth.of(hint) - 1
            if hx > x + 2 { buffer.write(hint, x: hx, y: area.y, style: Theme.dim, clip: area) }
            return
        }
        if let status = state.status {
            buffer.write(" " + status, x: area.x, y: area.y, style: Theme.accent, clip: area)
            return
        }
        var x = area.x + 1
        let hints: [(String, String)]
        switch state.mode {
        case .detail: hints = [("↑↓ PgUp PgDn", "scroll"), ("Esc", "back"), ("q", "quit")]
        case .compare: hints = [("c", "compare another"), ("Esc", "back"), ("q", "quit")]
        case .help: hints = [("↑↓ PgUp PgDn", "scroll"), ("any other key", "close help")]
        default:
            // Most needed first, so narrow screens still show how to get help and quit.
            let order = ["move", "pane", "search", "help", "quit", "detail", "compare", "what-if"]
            let bound = KeyMap.bindings.compactMap { b in b.hint.map { (b.label.split(separator: " ").first.map(String.init) ?? b.label, $0) } }
            hints = [("1 2 3 0", "region")] + bound.sorted { (order.firstIndex(of: $0.1) ?? 99) < (order.firstIndex(of: $1.1) ?? 99) }
        }
        for (key, help) in hints {
            let needed = DisplayWidth.of(key) + DisplayWidth.of(help) + 3
            if x + needed > area.maxX { break }
            x = buffer.write(key, x: x, y: area.y, style: Theme.keyHint, clip: area)
            x = buffer.write(" " + help + "  ", x: x, y: area.y, style: Theme.dim, clip: area)
        }
    }
}

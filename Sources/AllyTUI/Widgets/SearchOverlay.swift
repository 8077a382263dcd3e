import AllyModel

/// The live match list shown above the status bar while typing a search.
public enum SearchOverlay {
    public static func draw(_ state: AppState, _ search: SearchState, into buffer: inout Buffer, above statusBar: Rect) {
        guard !search.matches.isEmpty else { return }
        let shown = Array(search.matches.prefix(8))
        let width = min(statusBar.width, 46)
        let box = Rect(x: statusBar.x, y: statusBar.y - shown.count - 2, width: width, height: shown.count + 2)
        guard box.y >= 1 else { return }
        buffer.fill(box, with: .blank)
        PaneFrame.draw(into: &buffer, frame: box, title: search.purpose == .jump ? "Go to" : "Compare with", focused: true, unicode: state.unicode)
        for (i, id) in shown.enumerated() {
            guard let actor = state.dataset.actor(id) else { continue }
            let y = box.y + 1 + i
            let row = Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1)
            let style = i == search.index ? Theme.selectedRow : Style.plain
            buffer.fill(row, with: Cell(" ", style: style))
            let code = actor.iso2.isEmpty ? "" : " (\(actor.iso2))"
            let x = buffer.write(" \(actor.name)\(code)", x: row.x, y: y, style: style.bolded, clip: row)
            buffer.write("  \(actor.kind.label), \(actor.region.name)", x: x, y: y, style: i == search.index ? style : Theme.dim, clip: row)
        }
    }
}

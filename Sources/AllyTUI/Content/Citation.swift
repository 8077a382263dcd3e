import AllyModel

/// The selected ally's scores with their sources, as text to paste into notes (`y`).
public enum Citation {
    /// First line: the scores under the current scenario; then one line per source of the
    /// ally's figures, with its page and the date it was checked. Nil with nothing selected.
    public static func text(for view: ViewState) -> String? {
        guard let ally = view.selected, ally.kind == .ally else { return nil }
        let assessment = view.assessment
        let scores = assessment.score(ally.id)
        let parts = ScoreKind.allCases.map { kind -> String in
            let total = scores?.breakdown(kind).totalText ?? "?"
            let band = assessment.band(kind, of: ally.id).map { " (\($0.rangeText))" } ?? ""
            return "\(kind.title) \(total)/100\(band)"
        }
        var lines = ["\(ally.name): " + parts.joined(separator: "; ")
                     + " — allymap, scenario \(assessment.scenario.name), data to \(view.dataset.events.last?.date.text ?? "?")."]
        var seen = Set<String>()
        for x in view.dataset.indicators(of: ally.id) where !x.value.isUnknown && seen.insert(x.source.name).inserted {
            let page = x.source.url.isEmpty ? "" : " \(x.source.url)"
            let checked = x.source.checked.isEmpty ? "" : " (checked \(x.source.checked))"
            lines.append("  \(x.source.name)\(page)\(checked)")
        }
        return lines.joined(separator: "\n")
    }
}

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

extension Citation {
    /// One figure as a one-line citation (`i`, then `y`): whose figure and what it measures, the
    /// value with its unit and year, the source, its page and the date the page was read.
    ///
    /// "Israel, US share of arms imports: 66% (2020-2024). SIPRI ATT 2024, https://…, accessed
    /// 2025-06-01." A weak or unverified figure says so at the end, as the `~` mark would.
    public static func figure(_ x: Indicator, in dataset: Dataset) -> String {
        let who = dataset.actor(x.actor)?.name ?? x.actor
        let value: String
        switch x.value {
        case .unknown: value = "unknown"
        case .text(let t): value = t
        case .number(let d): value = IndicatorCatalog.formatNumber(d, unit: x.unit)
        }
        let year = x.yearText.isEmpty ? "" : " (\(x.yearText))"
        var parts = [x.source.name]
        parts.append(x.source.url.isEmpty ? "no page given" : x.source.url)
        parts.append(x.source.checked.isEmpty ? "page not checked" : "accessed \(x.source.checked)")
        var line = "\(who), \(x.label): \(value)\(year). \(parts.joined(separator: ", "))."
        if x.source.confidence == .low { line += " Low confidence." }
        if x.isUnverified { line += " Unverified." }
        // One line, whatever a hand-edited dataset put in a note or a name.
        return line.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

import AllyModel

/// The text and style of one cell of the ally table, shared by the screen and the Markdown copy.
public struct TableCell: Sendable, Equatable {
    public var text: String
    public var style: Style
    /// A dim note drawn after the text (a score's band).
    public var note: String?
    public init(_ text: String, _ style: Style = .plain, note: String? = nil) { (self.text, self.style, self.note) = (text, style, note) }
}

/// What each column shows for an actor, under the current scenario.
///
/// Scores read as the CLI's `list` prints them: the rounded score, `*` when part of its weight
/// had unknown inputs, or the band ("30–68") instead when too little is known to rank it.
public enum TableCells {
    /// The cell of `column` for the actor `id`; `wide` adds the band to scores.
    public static func cell(_ column: TableColumn, of actor: Actor, _ assessment: Assessment, wide: Bool = false) -> TableCell {
        let scores = actor.kind == .ally ? assessment.score(actor.id) : nil
        switch column {
        case .ally:
            return TableCell(actor.name, Theme.value)
        case .region:
            return TableCell(actor.region.name, Theme.dim)
        case .reliance, .commitment, .exposure, .risk:
            guard actor.kind == .ally else { return TableCell("—", Theme.dim) }
            guard let kind = column.scoreKind, let breakdown = scores?.breakdown(kind), breakdown.total != nil else {
                return TableCell("?", Theme.unknown)
            }
            return score(breakdown, band: assessment.band(kind, of: actor.id), wide: wide)
        case .level:
            guard actor.kind == .ally else {
                // In the colour of the actor's marker on the map.
                let marker = MapMarker(dataset: assessment.model.dataset, actor: actor)
                return TableCell(kindWord(actor.kind), Style(foreground: MarkerStyle.style(for: marker, selected: false).foreground))
            }
            let level = assessment.level(of: actor.id)
            return TableCell((level ?? .unknown).rawValue, Style(foreground: MarkerStyle.color(for: level)))
        case .change:
            guard actor.kind == .ally else { return TableCell("—", Theme.dim) }
            guard let r = riskChange(of: actor.id, assessment) else { return TableCell("?", Theme.unknown) }
            if r == 0 { return TableCell("0", Theme.dim) }
            // Risk going up is bad news: the colours the panes use for "+N vs baseline".
            return TableCell(r > 0 ? "+\(r)" : "\(r)", r > 0 ? Theme.contradicts : Theme.supports)
        case .known:
            guard actor.kind == .ally, let risk = scores?.risk else { return TableCell("—", Theme.dim) }
            let percent = Int((risk.coverage * 100).rounded())
            let style = risk.coverage < RiskLevel.minimumCoverage ? Theme.unknown : risk.coverage < 0.999 ? Theme.weak : Theme.dim
            return TableCell("\(percent)%", style)
        }
    }

    /// "73", "73*" (some inputs unknown), or the band "30–68" when it cannot be ranked; wide
    /// cells add the band as a note: "73*" and "68–80".
    static func score(_ b: ScoreBreakdown, band: Uncertainty.Band?, wide: Bool) -> TableCell {
        if let band, !band.rankable { return TableCell(band.rangeText, Theme.weak) }
        let point = b.totalText + (b.coverage < 0.999 ? "*" : "")
        return TableCell(point, Theme.value, note: wide ? band?.rangeText : nil)
    }

    /// Risk under the scenario minus risk under the baseline, as the map's labels count it (the
    /// difference of the whole numbers shown); nil when either is unknown.
    public static func riskChange(of id: String, _ assessment: Assessment) -> Int? {
        guard let now = assessment.score(id)?.risk.total, let before = assessment.baseline(id)?.risk.total else { return nil }
        return Assessment.shownChange(from: before, to: now)
    }

    /// "adversary", "armed group", as the level column names the rows that have no level.
    static func kindWord(_ kind: ActorKind) -> String {
        switch kind {
        case .nonstate: return "armed group"
        default: return kind.label
        }
    }
}

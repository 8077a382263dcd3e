import AllyModel

/// The inspect overlay's words (`i`): the figures it lists, and the card about the highlighted
/// one — value, unit, year, source, page, confidence, note, how it feeds the scores, the citation.
public enum InspectContent {
    /// A figure in the list and the group it is listed under.
    public struct Figure: Sendable, Equatable {
        public enum Group: String, Sendable, Equatable {
            case dependency = "Dependency"
            case risk = "Risk"
            case other = "Other figures"
            /// Adversaries' figures the ally's scores read (the Risk pane names their warheads).
            case scoredOthers = "Figures about others in its scores"
            /// A non-ally's own figures (an adversary reached by search).
            case all = "Figures"
        }

        public var group: Group
        public var indicator: Indicator
    }

    /// Where a figure goes into a score: the ally, the index and the component that read it.
    public struct Use: Sendable, Equatable {
        public var ally: Actor
        public var score: ScoreBreakdown
        public var component: ComponentScore
    }

    // MARK: - The list

    /// An actor's figures, grouped as the Dependency and Risk panes and the detail view list
    /// them, then the other actors' figures its scores read. Empty for an unknown id.
    public static func figures(_ view: ViewState, of actorID: String) -> [Figure] {
        guard let actor = view.dataset.actor(actorID) else { return [] }
        guard actor.kind == .ally else {
            return view.dataset.indicators(of: actor.id).map { Figure(group: .all, indicator: $0) }
        }
        let profile = AllyProfile(ally: actor, in: view.dataset)
        var out = profile.dependency.map { Figure(group: .dependency, indicator: $0) }
            + profile.risk.map { Figure(group: .risk, indicator: $0) }
            + profile.other.map { Figure(group: .other, indicator: $0) }
        var seen = Set(out.map(\.indicator.id))
        if let scores = view.assessment.score(actor.id) {
            for kind in ScoreKind.allCases {
                for c in scores.breakdown(kind).components {
                    for id in c.evidence where seen.insert(id).inserted {
                        if case .indicator(let x)? = view.dataset.evidence(id) { out.append(Figure(group: .scoredOthers, indicator: x)) }
                    }
                }
            }
        }
        return out
    }

    /// Where the list starts for a pane: its first figure (the Dependency or Risk pane), else the first.
    public static func firstIndex(for pane: PaneID?, in figures: [Figure]) -> Int {
        let group: Figure.Group? = pane == .dependency ? .dependency : pane == .risk ? .risk : nil
        return group.flatMap { g in figures.firstIndex { $0.group == g } } ?? 0
    }

    /// The list's rows: the label and value of each figure, a heading before each group.
    public static func rows(_ figures: [Figure], in dataset: Dataset) -> [InspectOverlay.Row] {
        var previous: Figure.Group?
        return figures.map { f in
            defer { previous = f.group }
            let x = f.indicator
            let weak: InspectOverlay.Row.Weight = x.value.isUnknown ? .unknown : x.source.confidence == .low ? .low : .normal
            return InspectOverlay.Row(heading: f.group == previous ? nil : f.group.rawValue, label: label(f, dataset), value: x.displayValue, weight: weak)
        }
    }

    /// The label, with the actor's name when the figure is not about the ally listed.
    static func label(_ figure: Figure, _ dataset: Dataset) -> String {
        let x = figure.indicator
        return figure.group == .scoredOthers ? "\(dataset.actor(x.actor)?.name ?? x.actor): \(x.label)" : x.label
    }

    // MARK: - The card

    /// The width of a field's label column ("Confidence  ").
    static let labelWidth = 12

    /// Everything about one figure, wrapped to `width` (long pages are broken, never cut).
    /// `listedFor` is the actor whose list it is in: its scores are the ones the figure feeds.
    /// `markCitation` highlights the citation, for selecting by hand where copying failed.
    public static func card(_ figure: Figure, listedFor actorID: String, _ view: ViewState, width: Int,
                            markCitation: Bool = false) -> [StyledLine] {
        let x = figure.indicator
        let dataset = view.dataset
        let who = dataset.actor(x.actor)?.name ?? x.actor
        var out: [StyledLine] = [StyledLine([Span(who, Theme.heading), Span(" · ", Theme.dim), Span(x.label, Theme.heading)])]
        out.append(field("Value", [Span(x.displayValue + x.verificationMark, PaneContent.valueStyle(x).bolded)]))
        out.append(field("Unit", [x.unit.isEmpty ? Span("none given", Theme.unknown) : Span(x.unit)]))
        out.append(field("Year", [x.yearText.isEmpty ? Span("not given", Theme.unknown) : Span(x.yearText)]))
        out.append(field("Source", [Span(x.source.name)]))
        out.append(field("Page", [x.source.url.isEmpty ? Span("none given", Theme.unknown) : Span(x.source.url, Theme.accent)]))
        let published = x.source.published.isEmpty ? "not known" : x.source.published
        out.append(field("Published", [Span(published, x.source.published.isEmpty ? Theme.unknown : .plain)]))
        out.append(field("Checked", x.source.checked.isEmpty ? [Span("never: no one has read the page for this figure", Theme.weak)]
                                                            : [Span(x.source.checked), Span(" (the page was read and the figure found)", Theme.dim)]))
        out.append(field("Confidence", confidence(x)))
        if x.isUnverified {
            out.append(field("", [Span("UNVERIFIED", Theme.weak.bolded), Span(": kept though no page confirmed it", Theme.weak)]))
        }
        out.append(field("Note", [x.note.isEmpty ? Span("none", Theme.unknown) : Span(x.note)]))
        out.append(.empty)
        out += feeds(x, listedFor: actorID, view)
        out.append(.empty)
        out.append(StyledLine([Span("Cite as ", Theme.heading), Span("(y copies this line)", Theme.dim)]))
        let citation = Citation.figure(x, in: dataset)
        out.append(StyledLine([Span(citation, markCitation ? Theme.selectedRow : .plain)]))
        // Fields continue under their value, the score lines under their text, the citation at the margin.
        return out.flatMap { line in
            line.wrapped(to: width, indent: line.spans.first?.text == " " ? 3 : line.spans.first?.style == Theme.label ? labelWidth : 0)
        }
    }

    /// "Confidence  LOW: …" stands out; medium and high are plain words.
    static func confidence(_ x: Indicator) -> [Span] {
        switch x.source.confidence {
        case .low:
            return [Span("LOW", Theme.weak.bolded.reversed),
                    Span(": an estimate or a weak source: read it as indicative (~ marks it elsewhere)", Theme.weak)]
        case .medium: return [Span("medium")]
        case .high: return [Span("high")]
        }
    }

    /// A labelled field: the label in its column, the value after it.
    static func field(_ name: String, _ value: [Span]) -> StyledLine {
        StyledLine([Span(DisplayWidth.pad(name, to: labelWidth), Theme.label)] + value)
    }

    // MARK: - How it feeds the scores

    /// The components that read a figure, in the scores of the ally whose list it is (for a
    /// non-ally's own figure: every ally's), under the scenario in force.
    public static func uses(of x: Indicator, listedFor actorID: String, _ view: ViewState) -> [Use] {
        guard let actor = view.dataset.actor(actorID) else { return [] }
        let allies = actor.kind == .ally ? [actor] : view.dataset.allies
        var out: [Use] = []
        for ally in allies {
            guard let scores = view.assessment.score(ally.id) else { continue }
            for kind in ScoreKind.allCases {
                let score = scores.breakdown(kind)
                for c in score.components where c.evidence.contains(x.id) { out.append(Use(ally: ally, score: score, component: c)) }
            }
        }
        return out
    }

    /// "How it feeds the scores": a line per component that reads the figure, with its weight,
    /// what it scored and what it added; then how the risk index follows.
    static func feeds(_ x: Indicator, listedFor actorID: String, _ view: ViewState) -> [StyledLine] {
        let scenario = view.state.whatIfActive ? " (what-if \(view.assessment.scenario.name))" : ""
        var out = [StyledLine([Span("How it feeds the scores", Theme.heading), Span(scenario, Theme.weak)])]
        let uses = uses(of: x, listedFor: actorID, view)
        guard !uses.isEmpty else {
            out.append(StyledLine([Span(" "), Span("Feeds no score: shown for context.", Theme.dim)]))
            return out
        }
        let several = Set(uses.map(\.ally.id)).count > 1
        for use in uses {
            let c = use.component, score = use.score
            let weightSum = score.components.reduce(0) { $0 + max(0, $1.weight) }
            let whose = several ? "\(use.ally.name): " : ""
            out.append(StyledLine([Span(" "), Span(whose + score.kind.heading, Theme.heading), Span(" \(score.totalText)/100", Theme.value.bolded),
                                   Span(" ← ", Theme.dim), Span(c.name, Theme.accent)]))
            var detail = [Span(" "), Span("weight \(IndicatorValue.format(c.weight)) of \(IndicatorValue.format(weightSum))", Theme.label)]
            if let n = c.normalised {
                detail.append(Span(" · scored \(Int((n * 100).rounded()))/100 · adds \(PlainText.fixed(c.contribution, 1)) points", Theme.label))
            } else {
                detail.append(Span(" · input unknown: left out, the other weights rescaled", Theme.unknown))
            }
            out.append(StyledLine(detail))
            out.append(StyledLine([Span(" "), Span("input: \(c.input)", Theme.dim)]))
        }
        if uses.contains(where: { $0.score.kind != .risk }) {
            out.append(StyledLine([Span(" "), Span("Risk if US protection weakens is built from exposure, reliance and commitment, so this figure moves it too.", Theme.dim)]))
        }
        return out
    }
}

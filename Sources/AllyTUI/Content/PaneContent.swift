import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The text of each pane for the selected ally, as styled lines wrapped to a width.
///
/// Built from the state and its derived scores, cached per selection, width and scenario. The
/// view reports how many lines each pane has (`Measurements`), which is how the reducer clamps
/// scrolling without building them itself.
public enum PaneContent {
    public static func lines(for pane: PaneID, state: ViewState, width: Int) -> [StyledLine] {
        guard pane != .map else { return [] }
        // Claims whose check the pane defers show their verdict once it has run (the detail
        // view, or the start-up thread); lines drawn before are built again.
        let deferred = pane == .claims && state.assessment.defersChecks
        // Claims (verdicts on the data as it is) and events read no score: a what-if leaves them be.
        let scored = pane == .dependency || pane == .risk
        // An ally's panes read nothing of the region shown (scope, ranks and events are its own),
        // so moving to another region with the same ally selected reuses them.
        let regional = state.selected?.kind != .ally
        let key = PaneLinesCache.Key(pane: pane, selectedID: state.selectedID, region: regional ? state.region : nil, width: width,
                                     unicode: state.unicode, scenarioIndex: scored ? state.assessment.scenarioIndex : 0,
                                     checkedVerdicts: deferred ? state.assessment.checkedVerdictCount : -1,
                                     bandsReady: scored && state.assessment.bandsReady,
                                     focus: tourFocus(state))
        return state.derived.paneLines.lines(for: key) { build(pane, state: state, width: width) }
    }

    static func build(_ pane: PaneID, state: ViewState, width: Int) -> [StyledLine] {
        let raw: [StyledLine]
        switch pane {
        case .map: return []
        case .dependency: raw = dependency(state, width: width)
        case .risk: raw = risk(state, width: width)
        case .claims: raw = claimsSummary(state, runChecks: !state.assessment.defersChecks)
        case .events: raw = events(state)
        }
        return raw.flatMap { $0.wrapped(to: width, indent: 2) }
    }

    // MARK: - Dependency

    static func dependency(_ state: ViewState, width: Int) -> [StyledLine] {
        guard let ally = state.selected else { return [StyledLine("No ally selected: use the arrows or / to pick one.", Theme.dim)] }
        guard ally.kind == .ally else { return nonAlly(ally, state) }
        var out = [header(ally), scaleNote(.dependency, width: width)]
        let score = state.assessment.score(ally.id), base = state.assessment.baseline(ally.id)
        out += scoreLines(title: "Reliance on the US", score?.reliance, base: base?.reliance, state: state, width: width)
        out.append(.empty)
        out += scoreLines(title: "US commitment", score?.commitment, base: base?.commitment, state: state, width: width)
        out.append(.empty)
        out.append(StyledLine("Figures", Theme.heading))
        let profile = AllyProfile(ally: ally, in: state.dataset)
        out += figureLines(profile.dependency)
        return out
    }

    // MARK: - Risk

    static func risk(_ state: ViewState, width: Int) -> [StyledLine] {
        guard let ally = state.selected else { return [StyledLine("No ally selected.", Theme.dim)] }
        guard ally.kind == .ally else { return [header(ally)] }
        var out = [header(ally), scaleNote(.risk, width: width)]
        let score = state.assessment.score(ally.id), base = state.assessment.baseline(ally.id)
        out += scoreLines(title: "Exposure", score?.exposure, base: base?.exposure, state: state, width: width)
        out.append(.empty)
        out += scoreLines(title: "Risk if US protection weakens", score?.risk, base: base?.risk, state: state, width: width)
        out.append(StyledLine(" " + RiskIndex.assumptionText(state.assessment.scenario), Theme.dim))
        let profile = AllyProfile(ally: ally, in: state.dataset)
        if !profile.threats.isEmpty {
            out.append(.empty)
            out.append(StyledLine("Threats (main first) and why", Theme.heading))
            for t in profile.threats {
                let name = t.adversary.map(\.name) ?? "none documented"
                out.append(StyledLine([Span(" \(name)", Theme.value), Span(" · \(t.threat.basis.phrase)\(t.threat.year.map { " (\($0.text))" } ?? "")", Theme.dim)]))
                out.append(StyledLine([Span("   \(t.distanceText) · source: \(t.threat.source.name)", Theme.dim)]))
            }
        }
        if !profile.adversaries.isEmpty {
            out.append(.empty)
            out.append(StyledLine("Adversaries (main first)", Theme.heading))
            for a in profile.adversaries {
                let km = Int((profile.threats.first { $0.adversary?.id == a.id }?.threat.frontlineKm ?? ally.location.distanceKm(to: a.location)).rounded())
                let nuclear = NuclearStatus(of: a.id, in: state.dataset)
                let nuclearSpan: Span
                switch nuclear.armed {
                case true?:
                    let w = nuclear.warheads
                    nuclearSpan = Span("nuclear: \(w?.displayValue ?? "yes") (\(w?.yearText ?? ""))", Theme.contradicts)
                case false?: nuclearSpan = Span("not nuclear-armed", Theme.supports)
                case nil: nuclearSpan = Span(a.kind == .nonstate ? "armed group, no warhead data" : "nuclear status unknown", Theme.unknown)
                }
                out.append(StyledLine([Span(" \(a.name)", Theme.value), Span(" · \(IndicatorCatalog.formatNumber(Double(km), unit: "km")) · ", Theme.dim), nuclearSpan]))
            }
        }
        let armed = state.dataset.events(involving: ally.id).filter { $0.kind == .armed }
        if !armed.isEmpty {
            out.append(.empty)
            out.append(StyledLine("Recent armed events", Theme.heading))
            for e in armed.prefix(4) {
                out.append(StyledLine([Span(" \(e.date.text) ", Theme.dim), Span(e.title)]))
            }
        }
        out.append(.empty)
        out.append(StyledLine("Figures", Theme.heading))
        out += figureLines(profile.risk)
        return out
    }

    // MARK: - Claims

    /// The Claims pane: how many claims got each verdict first, then the claims grouped by
    /// verdict, each with its strongest item for and against; `C` opens the board with the rest.
    static func claimsSummary(_ state: ViewState, runChecks: Bool) -> [StyledLine] {
        let board = ClaimBoard(state, scope: state.selected?.kind == .ally ? .selection : .region, runChecks: runChecks)
        guard !board.entries.isEmpty else { return [StyledLine("The article makes no claim about \(board.title).", Theme.dim)] }
        let n = board.entries.count
        var out = [StyledLine([Span("\(board.title): ", Theme.heading), Span("\(n) claim\(n == 1 ? "" : "s") of the article, paraphrased", Theme.dim)]),
                   StyledLine(ClaimsContent.counts(board)),
                   StyledLine([Span("C", Theme.keyHint), Span(" claims board: filter, all the evidence", Theme.dim)])]
        var group: Verdict?? = .none
        for entry in board.entries {
            let verdict = entry.verdict?.verdict
            if group != .some(verdict) {
                group = .some(verdict)
                out.append(.empty)
                out.append(ClaimsContent.heading(verdict, count: board.entries.filter { $0.verdict?.verdict == verdict }.count,
                                                 checking: board.checksRunning))
            }
            out += ClaimsContent.entry(entry, verdictTag: false)
        }
        return out
    }

    /// Every claim in full, for the detail view. With `runChecks` false, claims whose check has
    /// not run yet say so instead of showing a verdict.
    static func claims(_ state: ViewState, runChecks: Bool = true) -> [StyledLine] {
        let claims: [Claim]
        let scope: String
        if let ally = state.selected, ally.kind == .ally {
            // Claims naming the ally first, then those about its region, then the world.
            claims = state.dataset.claims(about: ally).enumerated().sorted { a, b in
                func rank(_ c: Claim) -> Int { c.actors.contains(ally.id) ? 0 : c.region == ally.region ? 1 : 2 }
                return (rank(a.element), a.offset) < (rank(b.element), b.offset)
            }.map(\.element)
            scope = ally.name
        } else {
            claims = state.dataset.claims(in: state.region)
            scope = state.region.name
        }
        guard !claims.isEmpty else { return [StyledLine("The article makes no claim about \(scope).", Theme.dim)] }
        var out = [StyledLine("What the article claims about \(scope) — paraphrased, beside the data", Theme.dim)]
        for c in claims {
            out.append(.empty)
            var head = [Span(c.citation + " ", Theme.accent.bolded), Span(c.text)]
            let verdict = state.assessment.verdict(for: c, runChecks: runChecks)
            if let verdict { head.append(Span("  [\(verdict.verdict.label)]", verdictStyle(verdict.verdict))) }
            else if !runChecks { head.append(Span("  [verdict: Enter for detail]", Theme.dim)) }
            out.append(StyledLine(head))
            if let verdict, !verdict.reasoning.isEmpty {
                out.append(StyledLine([Span("   "), Span(verdict.reasoning, Theme.dim)]))
            }
            for id in c.supports { out.append(evidenceLine(id, supports: true, state)) }
            for id in c.contradicts { out.append(evidenceLine(id, supports: false, state)) }
            if c.supports.isEmpty && c.contradicts.isEmpty {
                out.append(StyledLine("   no linked data: a judgement to weigh", Theme.dim))
            }
        }
        return out
    }

    static func verdictStyle(_ v: Verdict) -> Style {
        switch v {
        case .supported: return Theme.supports.bolded
        case .contradicted: return Theme.contradicts.bolded
        case .mixed: return Theme.weak.bolded
        case .needsJudgement: return Theme.dim
        }
    }

    static func evidenceLine(_ id: String, supports: Bool, _ state: ViewState) -> StyledLine {
        let mark = supports ? Span("  + ", Theme.supports) : Span("  − ", Theme.contradicts)
        switch state.dataset.evidence(id) {
        case .indicator(let x):
            let who = state.dataset.actor(x.actor)?.name ?? x.actor
            return StyledLine([mark, Span("\(who): \(x.label) ", Theme.label), Span(x.displayValue, valueStyle(x)),
                               Span(" (\(x.yearText.isEmpty ? "" : x.yearText + ", ")\(x.source.name))", Theme.dim)])
        case .event(let e):
            return StyledLine([mark, Span("\(e.date.text) ", Theme.dim), Span(e.title), Span(" (\(e.source.name))", Theme.dim)])
        case nil:
            return StyledLine([mark, Span(id, Theme.unknown)])
        }
    }

    // MARK: - Events

    static func events(_ state: ViewState) -> [StyledLine] {
        let events: [TimelineEvent]
        let scope: String
        if let ally = state.selected {
            events = state.dataset.events(involving: ally.id)
            scope = ally.name
        } else {
            events = state.dataset.events.filter { state.region == .world || $0.region == state.region }.reversed()
            scope = state.region.name
        }
        guard !events.isEmpty else { return [StyledLine("No events involving \(scope) in the dataset.", Theme.dim)] }
        var out: [StyledLine] = []
        for e in events {
            let kindStyle = e.kind == .armed ? Theme.contradicts : Theme.accent
            out.append(StyledLine([Span(e.date.text.padded(to: 11), Theme.dim),
                                   Span("\(e.kind.rawValue) ", kindStyle), Span(e.title, Theme.value)]))
            out.append(StyledLine([Span("           "), Span(e.summary), Span(" — \(e.source.name)", Theme.dim)]))
        }
        return out
    }

    // MARK: - Shared pieces

    static func header(_ actor: Actor) -> StyledLine {
        StyledLine([Span(actor.name, Theme.heading),
                    Span(" · \(actor.region.name) · \(actor.kind.label)", Theme.dim)])
    }

    /// One line under a score pane's header saying what its numbers mean, as long as `width`
    /// allows; `?` explains the rest.
    static func scaleNote(_ pane: PaneID, width: Int) -> StyledLine {
        let low = Int(RiskLevel.mediumFrom), high = Int(RiskLevel.highFrom)
        let variants = pane == .risk
            ? ["0–100, higher is worse: under \(low) low, \(low)–\(high) medium, \(high)+ high · (a–b) likely range · ",
               "0–100, higher worse · \(low)+ medium, \(high)+ high · ", "0–100 · \(low)+ medium · \(high)+ high · ", "0–100, higher worse · "]
            : ["0–100, higher means more reliance on the US or more US commitment · (a–b) likely range · ",
               "0–100, higher = more · (a–b) likely range · ", "0–100, higher = more · a–b: band · ", "0–100, higher = more · "]
        let text = variants.first { DisplayWidth.of($0) + 10 <= width } ?? variants[variants.count - 1]
        let more = DisplayWidth.of(text) + 10 <= width ? " explains" : ""
        return StyledLine([Span(text, Theme.dim), Span("?", Theme.keyHint), Span(more, Theme.dim)])
    }

    static func nonAlly(_ actor: Actor, _ state: ViewState) -> [StyledLine] {
        [header(actor), .empty, StyledLine(ActorSummary.line(actor, in: state.dataset), Theme.dim)]
            + figureLines(state.dataset.indicators(of: actor.id))
    }

    /// The score, its delta against the baseline, and a bar per component.
    static func scoreLines(title: String, _ score: ScoreBreakdown?, base: ScoreBreakdown?, state: ViewState, width: Int) -> [StyledLine] {
        guard let score else { return [StyledLine("\(title): not computable (no data)", Theme.unknown)] }
        let band = state.selectedID.flatMap { state.assessment.band(score.kind, of: $0) }
        var head = [Span("\(title) ", Theme.heading)]
        if let band, score.total != nil, !band.rankable {
            // Too little is known for a point to mean anything: show the band instead.
            head += [Span(band.rangeText, Theme.weak.bolded), Span("/100 · \(band.rankText)", Theme.weak)]
        } else {
            head += [Span(score.totalText, Theme.value.bolded), Span("/100", Theme.dim)]
            if let band, score.total != nil { head.append(Span(" (\(band.rangeText)) · \(band.rankText)", Theme.dim)) }
        }
        if let base, let t = score.total, let b = base.total, Assessment.shownChange(from: b, to: t) != 0 {
            let d = Assessment.shownChange(from: b, to: t)
            head.append(Span("  \(d > 0 ? "+" : "")\(d) vs baseline", d > 0 ? Theme.contradicts : Theme.supports))
        }
        if score.coverage < 0.999 { head.append(Span("  (\(score.coverageText) of weight known)", Theme.weak)) }
        var out = [StyledLine(head)]
        let nameWidth = min(22, max(12, width / 3))
        let barWidth = max(4, min(12, width - nameWidth - 16))
        let focus = Set(tourFocus(state))
        for c in score.components {
            let focused = focus.contains("\(score.kind.rawValue).\(c.id)")
            let name = (focused ? "▸" : " ") + DisplayWidth.pad(c.name, to: nameWidth)
            let bar = Bar.text(c.normalised, width: barWidth, unicode: state.unicode)
            // Risk is a product of its parts, not a sum: show each part's value instead of points.
            let points = !c.isKnown ? "   ? " : score.kind == .risk ? PlainText.fixed((c.normalised ?? 0) * 100, 0, width: 4) + "%"
                : PlainText.fixed(c.contribution, 1, width: 5)
            out.append(StyledLine([Span(name + " ", focused ? Theme.accent.bolded : Theme.label), Span(bar, c.isKnown ? Theme.accent : Theme.unknown),
                                   Span(" " + points, Theme.value), Span("  " + c.input, c.isKnown ? Theme.dim : Theme.unknown)],
                                  wraps: false))
        }
        return out
    }

    /// The `index.component` names the open tour step rests on; empty outside the tour.
    static func tourFocus(_ state: ViewState) -> [String] {
        guard state.mode.onScreen == .tour, let step = state.tour?.step, state.dataset.tour.indices.contains(step) else { return [] }
        return state.dataset.tour[step].components
    }

    static func figureLines(_ figures: [Indicator]) -> [StyledLine] {
        figures.map { x in
            StyledLine([Span(" \(x.label): ", Theme.label), Span(x.displayValue + x.verificationMark, valueStyle(x)),
                        Span(" (\(x.yearText.isEmpty ? "" : x.yearText + ", ")\(x.source.name))", Theme.dim)])
        }
    }

    static func valueStyle(_ x: Indicator) -> Style {
        if x.value.isUnknown { return Theme.unknown }
        return x.source.confidence == .low ? Theme.weak : Theme.value
    }
}

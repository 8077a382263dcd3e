import AllyModel

/// Lines shared by the Claims pane and the claims board: verdict counts, a claim with its
/// strongest evidence each way, and one item of evidence.
enum ClaimsContent {
    /// "3 supported · 1 contradicted · 2 mixed · 8 needs judgement", each in its verdict's style.
    static func counts(_ board: ClaimBoard) -> [Span] {
        var spans: [Span] = []
        for (i, c) in board.counts.enumerated() {
            if i > 0 { spans.append(Span(" · ", Theme.dim)) }
            spans.append(Span("\(c.count) \(c.verdict.label)", c.count == 0 ? Theme.dim : verdictStyle(c.verdict)))
        }
        if board.uncheckedCount > 0 {
            spans.append(Span(" · \(board.uncheckedCount) \(board.checksRunning ? "being checked" : "not checked yet")", Theme.dim))
        }
        return spans
    }

    /// A group's heading, e.g. "SUPPORTED · 3"; claims whose costly check has not run say how
    /// to run it, or (`checking`: the start-up thread is on it) that it is running.
    static func heading(_ verdict: Verdict?, count: Int, checking: Bool = false) -> StyledLine {
        guard let verdict else {
            if checking { return StyledLine([Span("BEING CHECKED", Theme.heading), Span(" · \(count)", Theme.dim)]) }
            return StyledLine([Span("NOT CHECKED YET", Theme.heading), Span(" · \(count) · Enter (detail) or C (board) runs the checks", Theme.dim)])
        }
        return StyledLine([Span(verdict.label.uppercased(), verdictStyle(verdict)), Span(" · \(count)", Theme.dim)])
    }

    /// The claim's ¶ and paraphrase, its verdict, then its strongest item for and against.
    static func entry(_ entry: ClaimBoard.Entry, verdictTag: Bool) -> [StyledLine] {
        var head = [Span(entry.claim.citation + " ", Theme.accent.bolded), Span(entry.claim.text)]
        if verdictTag, let v = entry.verdict?.verdict { head.append(Span("  [\(v.label)]", verdictStyle(v))) }
        var out = [StyledLine(head)]
        if entry.evidence.isEmpty {
            out.append(StyledLine("   no linked data: a judgement to weigh", Theme.dim))
            return out
        }
        for (supports, index) in [(true, entry.strongestFor), (false, entry.strongestAgainst)] {
            if let index {
                out.append(StyledLine([Span(" ")] + item(entry.evidence[index])))
            } else {
                out.append(StyledLine([Span(" "), mark(supports), Span("nothing linked \(supports ? "for it" : "against it")", Theme.dim)]))
            }
        }
        return out
    }

    /// "+ Israel · US share of arms imports: 69% (2019-2023; SIPRI)": the mark, then the item.
    static func item(_ e: ClaimEvidence) -> [Span] {
        [mark(e.supports)] + body(e)
    }

    static func body(_ e: ClaimEvidence) -> [Span] {
        switch e.content {
        case .indicator(let x):
            let when = x.yearText.isEmpty ? "" : x.yearText + "; "
            return [Span("\(e.actorName ?? x.actor) · \(x.label): ", Theme.label), Span(x.displayValue, PaneContent.valueStyle(x)),
                    Span(" (\(when)\(x.source.name))", Theme.dim)]
        case .event(let ev):
            return [Span("\(ev.date.text) ", Theme.dim), Span(ev.title), Span(" (\(ev.source.name))", Theme.dim)]
        case .computed(let text):
            return [Span(text)]
        case .missing(let id):
            return [Span("\(id): not in this dataset", Theme.unknown)]
        }
    }

    static func mark(_ supports: Bool) -> Span {
        supports ? Span("+ ", Theme.supports) : Span("− ", Theme.contradicts)
    }

    static func verdictStyle(_ v: Verdict) -> Style { PaneContent.verdictStyle(v) }
}

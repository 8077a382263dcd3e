import AllyModel

/// The tour's card for one paragraph: its topic, then each claim with its verdict, why, the
/// strongest evidence on each side and what would change the verdict; with the evidence list
/// open (Enter), every item, the one under the cursor marked.
public enum TourCard {
    public struct Text {
        public var lines: [StyledLine]
        /// The line of the evidence cursor, when the list is open.
        public var cursorLine: Int?
    }

    public static func text(_ step: TourStep, of count: Int, position: TourPosition, width: Int) -> Text {
        var out: [StyledLine] = []
        out.append(StyledLine([Span("¶\(step.paragraph)", Theme.accent.bolded),
                               Span(" · \(step.region.name) · step \(position.step + 1) of \(count)", Theme.dim)]))
        out.append(StyledLine(step.topic, Theme.value))
        if !step.focus.isEmpty {
            out.append(StyledLine("The scores it rests on: " + step.focus.map(\.name).joined(separator: ", "), Theme.dim))
        }
        if step.claims.isEmpty {
            out.append(.empty)
            out.append(StyledLine("No claim to check in this paragraph: it sets up the argument.", Theme.dim))
        }
        var item = 0
        var cursorLine: Int?
        for claim in step.claims {
            out.append(.empty)
            out.append(StyledLine([Span(claim.claim.text + " "), Span("[\(claim.verdict.label)]", PaneContent.verdictStyle(claim.verdict))]))
            if !claim.assessment.reasoning.isEmpty {
                out.append(StyledLine([Span("  why: ", Theme.label), Span(claim.assessment.reasoning, Theme.dim)]))
            }
            if position.expanded {
                for (evidence, supports) in claim.evidenceFor.map({ ($0, true) }) + claim.evidenceAgainst.map({ ($0, false) }) {
                    let here = item == position.evidence
                    if here { cursorLine = out.count }
                    out.append(line(evidence, supports: supports, cursor: here))
                    item += 1
                }
                if claim.evidenceFor.isEmpty && claim.evidenceAgainst.isEmpty {
                    out.append(StyledLine("  no linked data: a judgement to weigh", Theme.dim))
                }
            } else {
                if let e = claim.strongestFor { out.append(line(e, supports: true, cursor: false)) }
                if let e = claim.strongestAgainst { out.append(line(e, supports: false, cursor: false)) }
                let more = claim.evidenceFor.count + claim.evidenceAgainst.count
                    - (claim.strongestFor == nil ? 0 : 1) - (claim.strongestAgainst == nil ? 0 : 1)
                if more > 0 { out.append(StyledLine("  and \(more) more: Enter lists them", Theme.dim)) }
            }
            if let sturdiness = claim.sturdiness {
                out.append(StyledLine([Span("  would change it: ", Theme.label), Span(TourText.sturdinessLine(sturdiness), Theme.dim)]))
            }
        }
        var wrapped: [StyledLine] = []
        var wrappedCursor: Int?
        for (i, line) in out.enumerated() {
            if i == cursorLine { wrappedCursor = wrapped.count }
            wrapped += line.wrapped(to: width, indent: 4)
        }
        return Text(lines: wrapped, cursorLine: wrappedCursor)
    }

    private static func line(_ e: TourEvidence, supports: Bool, cursor: Bool) -> StyledLine {
        let mark = supports ? Span(cursor ? "▸ + " : "  + ", Theme.supports) : Span(cursor ? "▸ − " : "  − ", Theme.contradicts)
        let where_ = e.year.isEmpty ? e.source.name : "\(e.year), \(e.source.name)"
        var spans = [mark]
        switch e.kind {
        case .indicator:
            spans += [Span(e.label + ": ", Theme.label), Span(e.value, e.source.confidence == .low ? Theme.weak : Theme.value)]
        case .event:
            spans.append(Span(e.label))
        }
        spans.append(Span(" (\(where_))", Theme.dim))
        if cursor { spans = spans.map { Span($0.text, $0.style.reversed) } }
        return StyledLine(spans)
    }
}

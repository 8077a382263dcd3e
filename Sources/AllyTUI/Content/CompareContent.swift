import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `c`: two allies side by side — scores, then the same figures row by row.
public enum CompareContent {
    static let keys: [IndicatorKey] = [.usSecurityTie, .usNuclearUmbrella, .usTroops, .armsImportsUSShare, .usFMFAnnual,
                                       .milexUSD, .milexPctGDP, .activePersonnel, .nuclearWarheads, .mainAdversary]

    public static func lines(state: ViewState, other: String, width: Int) -> [StyledLine] {
        guard let a = state.selected, let b = state.dataset.actor(other) else { return [] }
        let labelWidth = min(30, max(14, width / 4))
        let column = max(10, (width - labelWidth - 2) / 2)
        func row(_ label: String, _ left: Span, _ right: Span) -> StyledLine {
            StyledLine([Span(pad(label, labelWidth), Theme.label), Span(pad(left.text, column), left.style), Span(pad(right.text, column), right.style)])
        }
        var out = [StyledLine([Span(pad("", labelWidth)), Span(pad(a.name, column), Theme.heading), Span(pad(b.name, column), Theme.heading)])]
        out.append(row("", Span("\(a.region.name)", Theme.dim), Span("\(b.region.name)", Theme.dim)))
        let sa = state.assessment.score(a.id), sb = state.assessment.score(b.id)
        let indices: [(String, ScoreBreakdown?, ScoreBreakdown?)] = ScoreKind.allCases.map {
            ($0.heading, sa?.breakdown($0), sb?.breakdown($0))
        }
        for (name, l, r) in indices {
            out.append(row(name, Span("\(l?.totalText ?? "?")/100 " + Bar.text((l?.total).map { $0 / 100 }, width: 8, unicode: state.unicode), Theme.value.bolded),
                           Span("\(r?.totalText ?? "?")/100 " + Bar.text((r?.total).map { $0 / 100 }, width: 8, unicode: state.unicode), Theme.value.bolded)))
            let ids = (l?.components ?? r?.components ?? []).map(\.id)
            for id in ids {
                let lc = l?.component(id), rc = r?.component(id)
                out.append(row("  " + (lc?.name ?? rc?.name ?? id), Span(points(lc), Theme.dim), Span(points(rc), Theme.dim)))
            }
        }
        out.append(.empty)
        out.append(StyledLine("Figures (year)", Theme.heading))
        for key in keys {
            let x = state.dataset.indicator(a.id, key), y = state.dataset.indicator(b.id, key)
            if x == nil && y == nil { continue }
            out.append(row(IndicatorCatalog.label(for: key), figure(x), figure(y)))
        }
        let ta = a.adversaries.first.flatMap { state.dataset.actor($0) }, tb = b.adversaries.first.flatMap { state.dataset.actor($0) }
        out.append(row("Distance to main threat", Span(distance(a, ta)), Span(distance(b, tb))))
        return out
    }

    static func points(_ c: ComponentScore?) -> String {
        guard let c else { return "—" }
        return c.isKnown ? PlainText.fixed(c.contribution, 1) + " pts" : "unknown"
    }

    static func figure(_ x: Indicator?) -> Span {
        guard let x else { return Span("—", Theme.unknown) }
        let year = x.yearText.isEmpty ? "" : " (\(x.yearText))"
        return Span(x.displayValue + year, PaneContent.valueStyle(x))
    }

    static func distance(_ a: Actor, _ threat: Actor?) -> String {
        guard let threat else { return "—" }
        return "\(IndicatorCatalog.formatNumber(Double(Int(a.location.distanceKm(to: threat.location).rounded())), unit: "km")) to \(threat.name)"
    }

    static func pad(_ s: String, _ n: Int) -> String {
        // At least one column of space after the text; cut by columns, between clusters.
        DisplayWidth.pad(DisplayWidth.of(s) >= n && n > 2 ? DisplayWidth.truncate(s, to: n - 1) : s, to: n)
    }
}

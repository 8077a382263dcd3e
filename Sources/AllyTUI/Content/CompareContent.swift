import AllyModel

/// `c`: two allies side by side — scores, then the same figures row by row.
///
/// Under a what-if each ally gets three columns (baseline, what-if, change); on wide screens a
/// difference column (left minus right) and the figures' sources are added.
public enum CompareContent {
    /// Rows that stay at the top while the rest scrolls, and the rest.
    public struct Table: Sendable {
        public var header: [StyledLine]
        public var rows: [StyledLine]
    }

    static let keys: [IndicatorKey] = [.usSecurityTie, .usNuclearUmbrella, .usTroops, .armsImportsUSShare, .usFMFAnnual,
                                       .milexUSD, .milexPctGDP, .activePersonnel, .nuclearWarheads, .mainAdversary]

    /// The whole comparison as one list of lines (header first).
    public static func lines(state: ViewState, other: String, width: Int) -> [StyledLine] {
        table(state: state, other: other, width: width).map { $0.header + $0.rows } ?? []
    }

    /// The comparison of the selected ally with `other`, nil when either is missing.
    public static func table(state: ViewState, other: String, width: Int) -> Table? {
        guard let a = state.selected, let b = state.dataset.actor(other) else { return nil }
        let whatIf = state.whatIfActive
        let columns = CompareColumns(width: width, whatIf: whatIf)
        let builder = CompareRows(columns: columns, unicode: state.unicode)
        var header = [builder.row("", [Span(a.name, Theme.heading)], [Span(b.name, Theme.heading)],
                                  difference: Span("difference", Theme.heading))]
        header.append(builder.row("", [Span(a.region.name, Theme.dim)], [Span(b.region.name, Theme.dim)],
                                  difference: Span("left − right", Theme.dim)))
        if whatIf {
            let heads = columns.whatIfHeadings.map { Span($0, Theme.dim) }
            header.append(builder.row("", heads, heads, difference: Span(state.scenario.name, Theme.dim)))
        }
        let assessment = state.assessment
        let now = (assessment.score(a.id), assessment.score(b.id))
        let base = (assessment.baseline(a.id), assessment.baseline(b.id))
        var rows: [StyledLine] = []
        for kind in ScoreKind.allCases {
            rows += builder.scoreRows(kind, now: (now.0?.breakdown(kind), now.1?.breakdown(kind)),
                                      base: whatIf ? (base.0?.breakdown(kind), base.1?.breakdown(kind)) : nil)
        }
        rows.append(.empty)
        rows.append(StyledLine("Figures (year)", Theme.heading))
        for key in keys {
            let x = state.dataset.indicator(a.id, key), y = state.dataset.indicator(b.id, key)
            if x == nil && y == nil { continue }
            rows.append(builder.row(IndicatorCatalog.label(for: key), [figure(x)], [figure(y)], difference: difference(x, y)))
            if columns.wide { rows.append(builder.row("  source", [source(x)], [source(y)])) }
        }
        let ta = a.adversaries.first.flatMap { state.dataset.actor($0) }, tb = b.adversaries.first.flatMap { state.dataset.actor($0) }
        let (da, db) = (distance(a, ta), distance(b, tb))
        rows.append(builder.row("Distance to main threat", [Span(da.text)], [Span(db.text)],
                                difference: da.km.flatMap { x in db.km.map { y in Span(signed(x - y, unit: "km")) } }))
        if whatIf {
            rows.append(.empty)
            rows.append(StyledLine("Figures are the data as it is; the what-if changes only the scores.", Theme.dim))
        }
        return Table(header: header, rows: rows)
    }

    // MARK: - Cells

    static func figure(_ x: Indicator?) -> Span {
        guard let x else { return Span("—", Theme.unknown) }
        let year = x.yearText.isEmpty ? "" : " (\(x.yearText))"
        return Span(x.displayValue + year, PaneContent.valueStyle(x))
    }

    /// Where a figure comes from: the source's name and the site it is on.
    static func source(_ x: Indicator?) -> Span {
        guard let x else { return Span("") }
        let host = Self.host(of: x.source.url)
        return Span(x.source.name + (host.isEmpty ? "" : " · " + host), Theme.dim)
    }

    /// "sipri.org" from "https://www.sipri.org/databases/milex".
    static func host(of url: String) -> String {
        var s = Substring(url)
        if let scheme = s.firstRange(of: "://") { s = s[scheme.upperBound...] }
        if let slash = s.firstIndex(of: "/") { s = s[..<slash] }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        return String(s)
    }

    /// Left minus right for two figures of the same quantity, nil for words or mixed units.
    static func difference(_ x: Indicator?, _ y: Indicator?) -> Span? {
        // Units compare as shown: "warheads (est.)" and "warheads" are one quantity.
        let unit = IndicatorCatalog.displayUnit(x?.unit ?? "")
        guard let x, let y, let a = x.value.number, let b = y.value.number, unit == IndicatorCatalog.displayUnit(y.unit),
              IndicatorCatalog.isQuantity(unit: x.unit), unit != "year" else { return nil }
        // A difference of two percentages is in percentage points.
        return Span(unit == "%" ? signed(a - b, unit: "") + " pp" : signed(a - b, unit: unit))
    }

    static func signed(_ d: Double, unit: String) -> String {
        let text = IndicatorCatalog.formatNumber(abs(d), unit: unit)
        return d > 0 ? "+" + text : d < 0 ? "−" + text : text
    }

    static func distance(_ a: Actor, _ threat: Actor?) -> (text: String, km: Double?) {
        guard let threat else { return ("—", nil) }
        let km = Double(Int(a.location.distanceKm(to: threat.location).rounded()))
        return ("\(IndicatorCatalog.formatNumber(km, unit: "km")) to \(threat.name)", km)
    }

    static func pad(_ s: String, _ n: Int) -> String { CompareColumns.pad(s, n) }
}

import AllyModel

/// Builds the compare view's rows to its column plan: labels, each ally's cells, the difference.
struct CompareRows {
    let columns: CompareColumns
    let unicode: Bool

    /// A row: the label, each ally's cells (one per sub-column, or one across the group), then the
    /// difference when the screen has that column.
    func row(_ label: String, _ left: [Span], _ right: [Span], difference: Span? = nil) -> StyledLine {
        var spans = [Span(CompareColumns.pad(label, columns.label), label.isEmpty ? .plain : Theme.label)]
        spans += cells(left) + cells(right)
        if columns.wide, let difference { spans.append(Span(CompareColumns.pad(difference.text, columns.difference), difference.style)) }
        return StyledLine(spans)
    }

    private func cells(_ spans: [Span]) -> [Span] {
        guard spans.count == columns.parts.count else {
            return spans.first.map { [Span(CompareColumns.pad($0.text, columns.group), $0.style)] } ?? [Span(CompareColumns.pad("", columns.group))]
        }
        return zip(spans, columns.parts).map { Span(CompareColumns.pad($0.text, $1), $0.style) }
    }

    /// An index and its components; with `base`, each ally shows baseline, what-if and change.
    func scoreRows(_ kind: ScoreKind, now: (ScoreBreakdown?, ScoreBreakdown?), base: (ScoreBreakdown?, ScoreBreakdown?)?) -> [StyledLine] {
        let (l, r) = now
        func side(_ current: ScoreBreakdown?, _ before: ScoreBreakdown?) -> [Span] {
            guard base != nil else { return [total(current, cell: columns.group)] }
            return [total(before, cell: columns.parts[0]), total(current, cell: columns.parts[1]),
                    change(before?.total, current?.total, kind: kind, digits: 0)]
        }
        var out = [row(kind.heading, side(l, base?.0), side(r, base?.1),
                       difference: Self.signed(l?.total, r?.total, digits: 0).map { Span($0, Theme.value) })]
        for id in (l?.components ?? r?.components ?? []).map(\.id) {
            let lc = l?.component(id), rc = r?.component(id)
            // Risk parts show as whole percentages, points with one decimal: differences likewise.
            let digits = kind == .risk ? 0 : 1
            func part(_ current: ComponentScore?, _ before: ComponentScore?) -> [Span] {
                guard base != nil else { return [Span(points(current, kind: kind, cell: columns.group), Theme.dim)] }
                // Both cells word a value alike, so the narrower one decides.
                let cell = min(columns.parts[0], columns.parts[1])
                return [Span(points(before, kind: kind, cell: cell), Theme.dim), Span(points(current, kind: kind, cell: cell), Theme.dim),
                        change(value(before, kind: kind), value(current, kind: kind), kind: kind, digits: digits)]
            }
            let difference = Self.signed(value(lc, kind: kind), value(rc, kind: kind), digits: digits).map { Span($0, Theme.dim) }
            out.append(row("  " + (lc?.name ?? rc?.name ?? id), part(lc, base?.0?.component(id)), part(rc, base?.1?.component(id)),
                           difference: difference))
        }
        return out
    }

    /// "51/100" and a bar when the cell has room for one.
    private func total(_ b: ScoreBreakdown?, cell: Int) -> Span {
        let bar = columns.barWidth(forCell: cell)
        let text = "\(b?.totalText ?? "?")/100" + (bar > 0 ? " " + Bar.text((b?.total).map { $0 / 100 }, width: bar, unicode: unicode) : "")
        return Span(text, Theme.value.bolded)
    }

    /// What a component adds: points ("pts" where the cell has room), or for the risk index (a
    /// product, not a sum) the part's value in %.
    private func points(_ c: ComponentScore?, kind: ScoreKind, cell: Int) -> String {
        guard let c else { return "—" }
        guard let shown = value(c, kind: kind) else { return cell > 8 ? "unknown" : "?" }
        return kind == .risk ? "\(Int(shown.rounded()))%" : PlainText.fixed(shown, 1) + (cell > 9 ? " pts" : "")
    }

    private func value(_ c: ComponentScore?, kind: ScoreKind) -> Double? {
        guard let c, c.isKnown else { return nil }
        return kind == .risk ? (c.normalised ?? 0) * 100 : c.contribution
    }

    /// The what-if minus the baseline; for exposure and risk, up is drawn as worse and down as better.
    private func change(_ before: Double?, _ after: Double?, kind: ScoreKind, digits: Int) -> Span {
        guard let text = Self.signed(after, before, digits: digits) else { return Span("?", Theme.unknown) }
        guard text.hasPrefix("+") || text.hasPrefix("−") else { return Span("·", Theme.dim) }
        guard kind == .risk || kind == .exposure else { return Span(text, Theme.value.bolded) }
        return Span(text, (text.hasPrefix("+") ? Theme.contradicts : Theme.supports).bolded)
    }

    /// `a − b` with its sign, nil when either is unknown.
    static func signed(_ a: Double?, _ b: Double?, digits: Int) -> String? {
        guard let a, let b else { return nil }
        return signed(shown(a, digits) - shown(b, digits), digits: digits)
    }

    /// A value as the view prints it, so differences are of the numbers on screen: whole
    /// numbers as `totalText` rounds them, decimals as `PlainText.fixed` does.
    static func shown(_ x: Double, _ digits: Int) -> Double {
        if digits == 0 { return x.rounded() }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (x * scale).rounded(.toNearestOrEven) / scale
    }

    /// "+3", "−12", "0" (or with `digits` decimals); a difference that rounds to nothing is unsigned.
    static func signed(_ d: Double, digits: Int) -> String {
        let text = PlainText.fixed(abs(d), digits)
        if Double(text) == 0 { return text }
        return (d > 0 ? "+" : "−") + text
    }
}

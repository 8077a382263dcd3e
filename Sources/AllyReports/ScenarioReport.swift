import AllyModel

/// `allymap scenario`: every ally's exposure and risk under a what-if, against the baseline.
public struct ScenarioReport: Report, Sendable {
    /// Row order: dataset order (by region), or highest risk, highest exposure, or largest risk change first.
    public enum Order: String, CaseIterable, Sendable { case region, risk, exposure, change }

    public let comparison: ScenarioComparison
    /// The rows shown, in display order.
    public let rows: [ScenarioComparison.Row]

    /// The comparison's allies in `region`, in `order`.
    public init(comparison: ScenarioComparison, region: Region = .world, order: Order = .region) {
        self.comparison = comparison
        var rows = comparison.rows.filter { region == .world || $0.ally.region == region }
        switch order {
        case .region: break
        case .risk: rows.sort { ($0.scenario.risk.total ?? -1) > ($1.scenario.risk.total ?? -1) }
        case .exposure: rows.sort { ($0.scenario.exposure.total ?? -1) > ($1.scenario.exposure.total ?? -1) }
        case .change: rows.sort { abs($0.riskDelta ?? 0) > abs($1.riskDelta ?? 0) }
        }
        self.rows = rows
    }

    /// A header naming the scenario and its settings, the table, then notes.
    public func render(style: ReportStyle = .plain) -> String {
        let scenario = comparison.scenario
        var out: [String] = []
        let settings = scenario.settings
        out.append(style.bold("Scenario \(TextSafety.printable(scenario.name))")
                   + (settings.isEmpty ? " (no changes)" : ": " + TextSafety.printable(settings.joined(separator: " "))))
        if !scenario.summary.isEmpty { out.append(TextSafety.printable(scenario.summary)) }
        out.append("")
        var table = TextTable(["ally", "region", "exposure", "scenario", "Δ", "risk", "scenario", "Δ", "risk level"],
                              alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .left])
        var partial = false
        for r in rows {
            func cell(_ b: ScoreBreakdown) -> String {
                if b.coverage < 1 { partial = true; return b.totalText + "*" }
                return b.totalText
            }
            let before = r.baseline.riskLevel, after = r.scenario.riskLevel
            table.add([r.ally.name, r.ally.region.name,
                       cell(r.baseline.exposure), cell(r.scenario.exposure), Self.delta(r.delta(.exposure)),
                       cell(r.baseline.risk), cell(r.scenario.risk), Self.delta(r.riskDelta),
                       before == after ? after.rawValue : "\(before.rawValue) → \(after.rawValue)"])
        }
        out.append(table.render(style: style))
        out.append("")
        if partial { out.append(style.dim("* some inputs unknown and left out; `allymap explain NAME` shows which.")) }
        out.append(style.dim("exposure and risk if US protection weakens, 0–100; Δ = scenario minus baseline. "
                             + "Reliance and commitment are measured and do not change with a what-if. See METHOD.md."))
        return out.joined(separator: "\n")
    }

    /// A rounded change with its sign: "+3", "-12", "0", or "?" when either side is unknown.
    public static func delta(_ d: Double?) -> String {
        guard let d else { return "?" }
        let r = Int(d.rounded())
        return r == 0 ? "0" : (r > 0 ? "+\(r)" : "\(r)")
    }
}

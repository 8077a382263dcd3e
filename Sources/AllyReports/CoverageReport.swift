import AllyModel

/// `allymap validate --coverage`: the ally × core-indicator matrix and rows by confidence.
public struct CoverageReport: Report, Sendable {
    public let coverage: Coverage
    /// Column headings for `Coverage.coreKeys`, in the same order.
    static let columns = ["tie", "umbr", "troops", "FMF", "arms", "milex", "%GDP", "pers", "nukes"]

    public init(coverage: Coverage) { self.coverage = coverage }

    public func render(style: ReportStyle = .plain) -> String {
        let c = coverage
        var out = ["", "Core indicators per ally: K known · 0 none (recorded as zero/no) · ? unknown (a stated gap) · · no row"]
        var table = TextTable(["Ally", "Region"] + Self.columns, alignments: [.left, .left] + Self.columns.map { _ in .right })
        for (i, ally) in c.allies.enumerated() { table.add([ally.name, ally.region.name] + c.cells[i].map(\.mark)) }
        out.append(table.render(style: style))
        let cells = c.allies.count * Coverage.coreKeys.count
        func pct(_ n: Int, of total: Int) -> String { total == 0 ? "0%" : "\(Int((Double(n) * 100 / Double(total)).rounded()))%" }
        out.append("")
        out.append("Cells: \(c.count(.known)) known, \(c.count(.none)) none, \(c.count(.unknown)) unknown, \(c.count(.missing)) missing, of \(cells)")
        let conf = Confidence.allCases.reversed().map { "\($0.rawValue) \(c.byConfidence[$0] ?? 0) (\(pct(c.byConfidence[$0] ?? 0, of: c.total)))" }
        out.append("Indicator rows by confidence: " + conf.joined(separator: ", ") + "; \(c.unverified) of them marked unverified")
        return out.joined(separator: "\n")
    }
}

import AllyModel

/// `allymap claims --balance`: one row per claim with its evidence for and against, and its verdict.
public struct ClaimBalanceReport: Report, Sendable {
    public let verdicts: [ClaimVerdict]

    public init(verdicts: [ClaimVerdict]) { self.verdicts = verdicts }

    /// Claims with evidence on one side only (the data hold nothing for the other).
    public var oneSided: Int {
        verdicts.filter { ($0.supporting.isEmpty) != ($0.contradicting.isEmpty) }.count
    }

    public func render(style: ReportStyle = .plain) -> String {
        var table = TextTable(["¶", "claim", "for", "against", "verdict"], alignments: [.right, .left, .right, .right, .left])
        for v in verdicts {
            table.add(["¶\(v.claim.paragraph)", v.claim.id, String(v.supporting.count), String(v.contradicting.count), v.verdict.label])
        }
        return table.render(style: style)
            + "\n\n\(verdicts.count) claims; \(oneSided) have evidence on one side only (the data hold nothing for the other)."
    }
}

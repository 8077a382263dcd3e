import AllyModel

/// One-line descriptions of figures, events and evidence, shared by `show` and `claims`.
public struct EvidenceText: Sendable {
    public let dataset: Dataset
    public let style: ReportStyle

    public init(dataset: Dataset, style: ReportStyle = .plain) {
        self.dataset = dataset
        self.style = style
    }

    /// `Israel · US share of arms imports: 69% (2019-2023; SIPRI via i24)`
    public func indicator(_ x: Indicator) -> String {
        let who = dataset.actor(x.actor)?.name ?? x.actor
        let when = x.yearText.isEmpty ? "" : "\(x.yearText); "
        return "\(who) · \(x.label): \(x.displayValue) (\(when)\(x.source.name))"
    }

    /// `2025-06-13 Israel attacks Iran (Reuters)`, with `~` after a low-confidence title.
    public static func event(_ e: TimelineEvent) -> String {
        "\(e.date.text) \(e.title)\(e.source.confidence.mark.isEmpty ? "" : " ~") (\(e.source.name))"
    }

    /// The figure or event an evidence id names, or a note that this dataset lacks it.
    public func evidence(_ id: String) -> String {
        switch dataset.evidence(id) {
        case .indicator(let x): return indicator(x)
        case .event(let e): return Self.event(e)
        case nil: return "\(id) (not in this dataset)"
        }
    }

    /// Lines for a claim: the paraphrase with its ¶ reference, the verdict if given, then
    /// evidence for and against.
    public func claim(_ c: Claim, verdict: ClaimVerdict? = nil, indent: String = "") -> [String] {
        var lines = ["\(indent)\(style.bold(c.citation)) \(c.text) [\(c.stance.rawValue), \(c.region.name)]"]
        if let verdict {
            lines.append("\(indent)    verdict: \(style.apply(Self.mark(verdict.verdict), verdict.verdict.label)) — \(verdict.method.label)")
            if !verdict.reasoning.isEmpty { lines.append("\(indent)    \(verdict.reasoning)") }
        }
        for id in c.supports { lines.append("\(indent)    \(style.apply(.green, "for"))      \(evidence(id))") }
        for id in c.contradicts { lines.append("\(indent)    \(style.apply(.red, "against"))  \(evidence(id))") }
        if c.supports.isEmpty && c.contradicts.isEmpty { lines.append("\(indent)    (no linked data: a judgement to weigh)") }
        if !c.note.isEmpty { lines.append("\(indent)    \(style.dim("note: " + c.note))") }
        return lines
    }

    /// Green for supported, red for contradicted, yellow for mixed, dim when it needs judgement.
    static func mark(_ verdict: Verdict) -> ReportStyle.Mark {
        switch verdict {
        case .supported: .green
        case .contradicted: .red
        case .mixed: .yellow
        case .needsJudgement: .dim
        }
    }
}

import AllyModel

/// One-line descriptions of figures, events and evidence, shared by `show` and `claims`.
enum EvidenceText {
    /// `Israel · US share of arms imports: 69% (2019-2023; SIPRI via i24)`
    static func indicator(_ x: Indicator, in dataset: Dataset) -> String {
        let who = dataset.actor(x.actor)?.name ?? x.actor
        let when = x.yearText.isEmpty ? "" : "\(x.yearText); "
        return "\(who) · \(x.label): \(x.displayValue) (\(when)\(x.source.name))"
    }

    /// `2025-06-13 Israel attacks Iran (Reuters)`
    static func event(_ e: TimelineEvent) -> String {
        "\(e.date.text) \(e.title)\(e.source.confidence.mark.isEmpty ? "" : " ~") (\(e.source.name))"
    }

    static func evidence(_ id: String, in dataset: Dataset) -> String {
        switch dataset.evidence(id) {
        case .indicator(let x): return indicator(x, in: dataset)
        case .event(let e): return event(e)
        case nil: return "\(id) (not in this dataset)"
        }
    }

    /// Lines for a claim: the paraphrase with its ¶ reference, then evidence for and against.
    static func claim(_ c: Claim, in dataset: Dataset, verdict: ClaimVerdict? = nil, indent: String = "") -> [String] {
        var lines = ["\(indent)\(Console.bold(c.citation)) \(c.text) [\(c.stance.rawValue), \(c.region.name)]"]
        if let verdict {
            let color = [Verdict.supported: 32, .contradicted: 31, .mixed: 33, .needsJudgement: 2][verdict.verdict] ?? 0
            lines.append("\(indent)    verdict: \(Console.color(verdict.verdict.label, color)) — \(verdict.method.label)")
            if !verdict.reasoning.isEmpty { lines.append("\(indent)    \(verdict.reasoning)") }
        }
        for id in c.supports { lines.append("\(indent)    \(Console.color("for", 32))      \(evidence(id, in: dataset))") }
        for id in c.contradicts { lines.append("\(indent)    \(Console.color("against", 31))  \(evidence(id, in: dataset))") }
        if c.supports.isEmpty && c.contradicts.isEmpty { lines.append("\(indent)    (no linked data: a judgement to weigh)") }
        if !c.note.isEmpty { lines.append("\(indent)    \(Console.dim("note: " + c.note))") }
        return lines
    }
}

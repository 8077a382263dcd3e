import AllyModel

/// `allymap validate --model`: how many published judgements the model reproduces, and the misses.
public struct ModelCheckReport: Report, Sendable {
    public let validation: ModelValidation

    public init(validation: ModelValidation) { self.validation = validation }

    public func render(style: ReportStyle = .plain) -> String {
        let v = validation
        let testable = v.results.filter { !$0.untestable }
        let agreed = testable.filter(\.agrees).count
        var out = ["", "Model against \(v.results.count) published judgements: \(agreed) of \(testable.count) testable reproduced "
                   + "(\(Int((v.agreement * 100).rounded())) %)"
                   + (testable.count < v.results.count ? "; \(v.results.count - testable.count) untestable (a score unknown)" : "")]
        for kind in ScoreKind.allCases {
            let rows = testable.filter { $0.judgement.index == kind }
            guard !rows.isEmpty else { continue }
            out.append("  \(kind.heading): \(rows.filter(\.agrees).count) of \(rows.count)")
        }
        let misses = v.misses
        if !misses.isEmpty {
            out.append("")
            out.append("Misses (\(misses.count)):")
            func score(_ x: Double?) -> String { x.map { String(Int($0.rounded())) } ?? "?" }
            for m in misses {
                let j = m.judgement
                out.append("  \(j.id) [\(j.index.rawValue)] \(j.higher) \(score(m.higherScore)) should be above \(j.lower) \(score(m.lowerScore)): \(j.statement)")
                if let cause = m.cause { out.append("    cause: \(cause)") }
                out.append("    source: \(j.source.name) \(j.source.url)")
            }
        }
        return out.joined(separator: "\n")
    }
}

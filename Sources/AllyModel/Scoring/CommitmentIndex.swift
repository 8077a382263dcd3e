/// US commitment, 0–100: what the US has promised the ally and placed there. Measured from the
/// texts and deployments as they stand; how far they would be honoured is the risk index's
/// assumption, never part of this score.
enum CommitmentIndex {
    static func breakdown(_ ally: Actor, _ ctx: ScoringContext, _ weights: ScoreWeights) throws -> ScoreBreakdown {
        try .weighted(.commitment, CommitmentComponent.self, weights, of: ally, ctx) { c in
            switch c {
            case .treaty: return treaty(ally, ctx)
            case .umbrella: return umbrella(ally, ctx)
            case .sharing: return sharing(ally, ctx)
            case .troops: return troops(ally, ctx)
            }
        }
    }

    static func treaty(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let t = ctx.tie(ally.id)
        let reasons = t.reasons.joined(separator: "; ")
        guard let level = t.level else {
            return .unknown(reasons.isEmpty ? "no \(IndicatorKey.usSecurityTie) figure" : "unclassified: \(reasons)", t.evidence)
        }
        return ComponentInput(text: "\(level.label): \(reasons)", evidence: t.evidence, value: level.normalised)
    }

    static func umbrella(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let row = ctx.dataset.indicator(ally.id, .usNuclearUmbrella)
        guard let x = row, case .text(let t) = x.value, let coverage = UmbrellaCoverage.classify(text: t) else {
            return .unknown("umbrella status unknown", row.map { [$0] } ?? [])
        }
        if ctx.scenario.leaving.contains(ally.id) {
            return ComponentInput(text: "not covered: leaves its treaty (scenario)", evidence: [x], value: 0)
        }
        let value: Double = coverage == .covered ? 1 : coverage == .ambiguous ? 0.5 : 0
        return ComponentInput(text: "\(coverage.label): \"\(t)\"", evidence: [x], value: value)
    }

    static func sharing(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let x = ctx.dataset.indicator(ally.id, .nuclearSharingHost) else {
            return ComponentInput(text: "no nuclear-sharing row: not a NATO host", value: 0)
        }
        if ctx.scenario.leaving.contains(ally.id) {
            return ComponentInput(text: "hosts none: leaves its treaty (scenario)", evidence: [x], value: 0)
        }
        switch x.value {
        case .text(let t) where t.lowercased().hasPrefix("yes"): return ComponentInput(text: ctx.describe(x), evidence: [x], value: 1)
        case .text(let t) where t.lowercased().hasPrefix("no"): return ComponentInput(text: ctx.describe(x), evidence: [x], value: 0)
        default: return .unknown("nuclear-sharing status unclear", [x])
        }
    }

    static func troops(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let row = ctx.dataset.indicator(ally.id, .usTroops)
        guard let x = row, let n = x.value.number else {
            return .unknown("no US troop figure" + (row.map { ": \($0.note)" } ?? ""), row.map { [$0] } ?? [])
        }
        return ComponentInput(text: ctx.describe(x), evidence: [x], value: Normalisation.logCount(n, scale: 100, saturation: 100_000))
    }
}

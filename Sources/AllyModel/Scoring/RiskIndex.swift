/// The risk index: how exposed an ally is, 0–100, from the threats it faces and the guarantee it holds.
enum RiskIndex {
    /// How many years back from the newest event count as "recent".
    static let recentYears = 3
    /// Armed events in the window that saturate the conflict component.
    static let conflictSaturation = 6.0

    static func breakdown(_ ally: Actor, _ ctx: ScoringContext, _ weights: ScoreWeights) throws -> ScoreBreakdown {
        let parts = RiskComponent.allCases.map { c -> ComponentScore in
            let d = c.descriptor
            let raw: ComponentInput
            switch c {
            case .balance: raw = balance(ally, ctx)
            case .nuclear: raw = nuclear(ally, ctx)
            case .proximity: raw = proximity(ally, ctx)
            case .conflict: raw = conflict(ally, ctx)
            case .deterrent: raw = deterrent(ally, ctx)
            case .credibility: raw = credibility(ally, ctx)
            }
            return raw.score(d, weight: weights.weight(.risk, d.id))
        }
        return try ScoreBreakdown(kind: .risk, components: parts)
    }

    /// Strongest adversary (largest known military spending) against the ally's own spending, log ratio.
    static func balance(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let adversaries = ctx.adversaries(of: ally)
        let known = adversaries.compactMap { a in ctx.milex(a.id).map { (a, $0) } }
        let missing = adversaries.filter { a in !known.contains { $0.0.id == a.id } }.map(\.name)
        guard let (strongest, theirs) = known.max(by: { $0.1.usd < $1.1.usd }) else {
            return .unknown(adversaries.isEmpty ? "no adversary listed" : "no adversary spending figure (\(missing.joined(separator: ", ")))")
        }
        guard let ours = ctx.milex(ally.id) else {
            return .unknown("own military spending unknown (\(strongest.name): \(theirs.text))", [theirs.indicator])
        }
        let ratio = theirs.usd / ours.usd
        var text = "\(strongest.name) \(theirs.text) vs \(ours.text) (\(ours.indicator.yearText)) = \(IndicatorValue.format((ratio * 100).rounded() / 100)) : 1"
        if !missing.isEmpty { text += "; spending unknown: \(missing.joined(separator: ", "))" }
        return ComponentInput(text: text, evidence: [theirs.indicator, ours.indicator], value: Normalisation.logRatio(ratio, span: 100))
    }

    /// The largest arsenal factor among nuclear-armed adversaries that can reach the ally's capital.
    static func nuclear(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        var best: (value: Double, text: String)?
        var unarmed: [String] = [], unknown: [String] = [], outOfReach: [String] = []
        var evidence: [String] = []
        for a in ctx.adversaries(of: ally) {
            let p = ctx.posture(a.id)
            evidence += p.evidence
            guard let armed = p.armed, let factor = p.arsenalFactor else { unknown.append(a.name); continue }
            guard armed else { unarmed.append(a.name); best = best ?? (0, ""); continue }
            let reach = p.reach(from: a.location, to: ally.location)
            guard reach.inReach else { outOfReach.append("\(a.name) \(reach.text)"); best = best ?? (0, ""); continue }
            let count = p.warheads.map { IndicatorCatalog.formatNumber($0.rounded(), unit: "warheads") } ?? "count unknown"
            let extra = p.notes.isEmpty ? "" : " [\(p.notes.joined(separator: "; "))]"
            if factor > (best?.value ?? -1) { best = (factor, "\(a.name): \(count)\(extra), \(reach.text)") }
        }
        guard let best else {
            return ComponentInput(text: "unknown: " + (unknown.isEmpty ? "no adversary listed" : "nuclear status unknown for \(unknown.joined(separator: ", "))"),
                                  value: nil).withEvidence(evidence, ctx)
        }
        var parts = [best.text.isEmpty ? "no nuclear-armed adversary in reach" : best.text]
        if !unarmed.isEmpty { parts.append("not nuclear-armed: \(unarmed.joined(separator: ", "))") }
        if !outOfReach.isEmpty { parts.append(outOfReach.joined(separator: "; ")) }
        if !unknown.isEmpty { parts.append("status unknown: \(unknown.joined(separator: ", "))") }
        return ComponentInput(text: parts.joined(separator: "; "), value: best.value).withEvidence(evidence, ctx)
    }

    /// Capital-to-capital distance to the nearest adversary (armed groups next door count), log scale.
    static func proximity(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let distances = ctx.adversaries(of: ally).map { ($0, ally.location.distanceKm(to: $0.location)) }
        guard let (nearest, km) = distances.min(by: { $0.1 < $1.1 }) else { return .unknown("no adversary listed") }
        let text = "\(nearest.name) (\(nearest.capital)) \(IndicatorCatalog.formatNumber(km.rounded(), unit: "km")) from \(ally.capital)"
        return ComponentInput(text: text, value: Normalisation.closeness(km, near: 100, far: 10_000))
    }

    /// Armed events involving the ally in the last `recentYears` years of the timeline.
    static func conflict(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let latest = ctx.latestEventYear else { return .unknown("the dataset has no events") }
        let from = latest - recentYears + 1
        let recent = ctx.dataset.events(involving: ally.id).filter { $0.kind == .armed && $0.date.last >= from }
        var text = "\(recent.count) armed event\(recent.count == 1 ? "" : "s") \(from)–\(latest)"
        if let newest = recent.first { text += " (latest: \(newest.title), \(newest.date.text))" }
        return ComponentInput(text: text, events: recent, value: Normalisation.capped(Double(recent.count), cap: conflictSaturation))
    }

    /// 1 − own deterrent strength (weapons 1, latency 0.2, none 0).
    static func deterrent(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let p = ctx.posture(ally.id)
        guard let strength = OwnDeterrent.strength(p) else {
            return ComponentInput(text: "unknown: own nuclear status not in the data", value: nil).withEvidence(p.evidence, ctx)
        }
        let warheads = ctx.dataset.indicator(ally.id, "nuclear_warheads")
        let cite = warheads.map { " (\($0.yearText); \(ScoringContext.shortSource($0.source.name)))" } ?? ""
        var parts: [String] = []
        if p.armed == true {
            let count = p.warheads.map { IndicatorCatalog.formatNumber($0.rounded(), unit: "warheads") } ?? "count unknown"
            parts.append("own weapons: \(count)" + (p.notes.isEmpty ? cite : ""))
        } else {
            parts.append("no own weapons" + (p.notes.isEmpty ? cite : ""))
        }
        if p.latent, let pu = ctx.dataset.indicator(ally.id, "separated_plutonium_stock") {
            parts.append("latent: \(ctx.describe(pu))")
        }
        parts += p.notes.map { "[\($0)]" }
        let text = parts.joined(separator: "; ")
        return ComponentInput(text: text, value: 1 - strength).withEvidence(p.evidence, ctx)
    }

    /// 1 − credibility of the US guarantee (see `GuaranteeCredibility`).
    static func credibility(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let c = GuaranteeCredibility(ally: ally, ctx)
        let head = c.value.map { "credibility \(Scenario.percent($0)) %" } ?? "unknown"
        return ComponentInput(text: ([head] + c.notes).joined(separator: "; "), value: c.value.map { 1 - $0 })
            .withEvidence(c.evidence, ctx)
    }
}

extension ComponentInput {
    /// Attaches indicator ids (and their sources) found while reading.
    func withEvidence(_ ids: [String], _ ctx: ScoringContext) -> ComponentInput {
        var copy = self
        var seen = Set(copy.evidenceIDs)
        let fresh = ids.filter { seen.insert($0).inserted }
        copy.evidenceIDs += fresh
        var sourceSeen = Set(copy.sources)
        copy.sources += fresh.compactMap { ctx.dataset.indicator($0) }.filter { !$0.value.isUnknown }
            .map(\.source.name).filter { sourceSeen.insert($0).inserted }
        return copy
    }
}

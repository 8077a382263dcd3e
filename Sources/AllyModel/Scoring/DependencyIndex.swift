/// The dependency index: how much an ally leans on the United States, 0–100.
///
/// Five components, each read from the dataset and mapped to 0–1 by the rule in its descriptor.
/// The US commitment of a scenario scales what Washington can pull out quickly (troops, aid);
/// the treaty text and past arms purchases stay as they are.
enum DependencyIndex {
    /// Aid keys counted as US military aid (all in dollars per year). A MOU total that includes
    /// economic aid (`us_aid_annual_mou`) is left out: it is not help for the defence budget.
    static let militaryAidKeys = ["us_fmf_annual", "us_missile_defense_aid_annual"]

    static func breakdown(_ ally: Actor, _ ctx: ScoringContext, _ weights: ScoreWeights) throws -> ScoreBreakdown {
        let parts = DependencyComponent.allCases.map { c -> ComponentScore in
            let d = c.descriptor
            let raw: ComponentInput
            switch c {
            case .tie: raw = tie(ally, ctx)
            case .troops: raw = troops(ally, ctx)
            case .arms: raw = arms(ally, ctx)
            case .aid: raw = aid(ally, ctx)
            case .umbrella: raw = umbrella(ally, ctx)
            }
            return raw.score(d, weight: weights.weight(.dependency, d.id))
        }
        return try ScoreBreakdown(kind: .dependency, components: parts)
    }

    /// Formal tie: the classified level's value (see `USTieLevel.normalised`).
    static func tie(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let t = ctx.tie(ally.id)
        let reasons = t.reasons.joined(separator: "; ")
        guard let level = t.level else {
            return .unknown(reasons.isEmpty ? "no us_security_tie figure" : "unclassified: \(reasons)", t.evidence)
        }
        return ComponentInput(text: "\(level.label): \(reasons)", evidence: t.evidence, value: level.normalised)
    }

    /// US troops × commitment, on a log scale (100 → 0.10, 10,000 → 0.67, 100,000 → 1).
    static func troops(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let x = ctx.dataset.indicator(ally.id, "us_troops"), let n = x.value.number else {
            return .unknown("no US troop figure", ctx.dataset.indicator(ally.id, "us_troops").map { [$0] } ?? [])
        }
        let present = n * ctx.commitment
        var text = ctx.describe(x)
        if ctx.commitment < 1 {
            text += " × \(Scenario.percent(ctx.commitment)) % US commitment = \(IndicatorCatalog.formatNumber(present.rounded(), unit: ""))"
        }
        return ComponentInput(text: text, evidence: [x], value: Normalisation.logCount(present, scale: 100, saturation: 100_000))
    }

    /// US share of major-arms imports, a percentage mapped to 0–1.
    static func arms(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let x = ctx.dataset.indicator(ally.id, "arms_imports_us_share"), let pct = x.value.number, x.unit.contains("%") else {
            return .unknown("no US arms-import share", ctx.dataset.indicator(ally.id, "arms_imports_us_share").map { [$0] } ?? [])
        }
        return ComponentInput(text: ctx.describe(x), evidence: [x], value: Normalisation.unit(pct / 100))
    }

    /// Annual US military aid × commitment ÷ own military spending, capped at 50 % (→ 1).
    static func aid(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let rows = militaryAidKeys.compactMap { ctx.dataset.indicator(ally.id, $0) }
        let amounts = rows.compactMap { MoneyUnit.usd($0) }
        guard !rows.isEmpty, amounts.count == rows.count else {
            return .unknown(rows.isEmpty ? "no US military aid figure" : "aid figure not in US dollars", rows)
        }
        guard let budget = ctx.milex(ally.id) else {
            return .unknown("aid known but own military spending unknown", rows)
        }
        let aid = amounts.reduce(0, +) * ctx.commitment
        let ratio = aid / budget.usd
        var text = rows.map { ctx.describe($0) }.joined(separator: " + ")
        if ctx.commitment < 1 { text += " × \(Scenario.percent(ctx.commitment)) % US commitment" }
        text += " ÷ budget \(budget.text) = \(Scenario.percent(ratio)) %"
        return ComponentInput(text: text, evidence: rows + [budget.indicator], value: Normalisation.capped(ratio, cap: 0.5))
    }

    /// Umbrella reliance: coverage (from text) combined with whether the ally has its own weapons.
    static func umbrella(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let x = ctx.dataset.indicator(ally.id, "us_nuclear_umbrella"), case .text(let t) = x.value,
              var coverage = UmbrellaCoverage.classify(text: t) else {
            return .unknown("umbrella status unknown", ctx.dataset.indicator(ally.id, "us_nuclear_umbrella").map { [$0] } ?? [])
        }
        var text = "\(coverage.label): \"\(t)\""
        if ctx.scenario.leaving.contains(ally.id), coverage != .notCovered {
            coverage = .notCovered
            text = "not covered: leaves its treaty (scenario)"
        }
        if coverage == .notCovered { return ComponentInput(text: text, evidence: [x], value: 0) }
        let own = ctx.posture(ally.id)
        guard let armed = own.armed else { return .unknown("\(text); own weapons unknown", [x]) }
        text += armed ? "; has own weapons" : "; no own weapons"
        return ComponentInput(text: text, evidence: [x], value: coverage.reliance(ownWeapons: armed))
    }
}

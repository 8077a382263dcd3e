/// Reliance on the US, 0–100: how much of the ally's security rests on US inputs. Only what the
/// data records the ally receiving counts here; what the US promised is the commitment index.
enum RelianceIndex {
    /// Aid keys counted as US military aid (dollars per year); economic aid is left out.
    static let militaryAidKeys: [IndicatorKey] = [.usFMFAnnual, .usMissileDefenseAidAnnual]
    /// Aid or forces at this share of the ally's own count as full reliance.
    static let shareCap = 0.25
    /// Direct-defence events from this year on count.
    static let defenceSince = 2015

    static func breakdown(_ ally: Actor, _ ctx: ScoringContext, _ weights: ScoreWeights) throws -> ScoreBreakdown {
        try .weighted(.reliance, RelianceComponent.self, weights, of: ally, ctx) { c in
            switch c {
            case .arms: return arms(ally, ctx)
            case .aid: return aid(ally, ctx)
            case .forces: return forces(ally, ctx)
            case .defence: return defence(ally, ctx)
            }
        }
    }

    static func arms(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let row = ctx.dataset.indicator(ally.id, .armsImportsUSShare)
        guard let x = row, let pct = x.value.number, x.unit.contains("%") else {
            return .unknown("no US arms-import share" + (row.map { ": \($0.note)" } ?? ""), row.map { [$0] } ?? [])
        }
        return ComponentInput(text: ctx.describe(x), evidence: [x], value: Normalisation.unit(pct / 100))
    }

    static func aid(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let rows = militaryAidKeys.compactMap { ctx.dataset.indicator(ally.id, $0) }
        let amounts = rows.compactMap { MoneyUnit.usd($0) }
        guard !rows.isEmpty, amounts.count == rows.count else {
            return .unknown(rows.isEmpty ? "no US military aid figure" : "aid figure unknown or not in US dollars", rows)
        }
        let total = amounts.reduce(0, +)
        let text = rows.map { ctx.describe($0) }.joined(separator: " + ")
        if total == 0 { return ComponentInput(text: text + ": none", evidence: rows, value: 0) }
        guard let budget = ctx.milex(ally.id) else { return .unknown("aid known but own military spending unknown", rows) }
        let ratio = total / budget.usd
        return ComponentInput(text: text + " ÷ budget \(budget.text) = \(Scenario.percent(ratio)) %",
                              evidence: rows + [budget.indicator], value: Normalisation.capped(ratio, cap: shareCap))
    }

    static func forces(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let troops = ctx.dataset.indicator(ally.id, .usTroops)
        guard let t = troops, let n = t.value.number else {
            return .unknown("no US troop figure" + (troops.map { ": \($0.note)" } ?? ""), troops.map { [$0] } ?? [])
        }
        if n == 0 { return ComponentInput(text: ctx.describe(t) + ": none", evidence: [t], value: 0) }
        guard let own = ctx.dataset.indicator(ally.id, .activePersonnel), let m = own.value.number, m > 0 else {
            return .unknown("US troops known, own forces unknown", [t])
        }
        let ratio = n / m
        return ComponentInput(text: "\(ctx.describe(t)) ÷ own \(ctx.describe(own)) = \(Scenario.percent(ratio)) %",
                              evidence: [t, own], value: Normalisation.capped(ratio, cap: shareCap))
    }

    static func defence(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let events = ctx.dataset.events(involving: ally.id).filter {
            $0.kind == .directDefence && $0.target.contains(ally.id) && $0.actor.contains("us") && $0.date.first >= defenceSince
        }
        let text = events.isEmpty ? "no US defence of it recorded since \(defenceSince)"
            : "\(events.count) time\(events.count == 1 ? "" : "s") since \(defenceSince): " + events.prefix(3).map { "\($0.title) (\($0.date.text))" }.joined(separator: "; ")
        return ComponentInput(text: text, events: events, value: Normalisation.capped(Double(events.count), cap: 2))
    }
}

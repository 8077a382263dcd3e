/// Exposure, 0–100: what the ally's own adversaries (threats.tsv, main first) can do to it.
/// An adversary's arsenal counts once, here; the US guarantee plays no part in this score.
enum ExposureIndex {
    /// How many years back from the newest event count as "recent".
    static let recentYears = 3
    /// Events in the window that saturate the coercion component.
    static let coercionSaturation = 6.0
    /// A threshold state (enriched uranium near weapons grade, no weapon) counts this much of an arsenal.
    static let thresholdFactor = 0.3

    static func breakdown(_ ally: Actor, _ ctx: ScoringContext, _ weights: ScoreWeights) throws -> ScoreBreakdown {
        let none = ctx.hasNoDocumentedAdversary(ally)
        return try .weighted(.exposure, ExposureComponent.self, weights, of: ally, ctx) { c in
            if none { return ComponentInput(text: "no adversary documented (threats.tsv)", value: 0) }
            switch c {
            case .balance: return balance(ally, ctx)
            case .nuclear: return nuclear(ally, ctx)
            case .proximity: return proximity(ally, ctx)
            case .coercion: return coercion(ally, ctx)
            }
        }
    }

    /// The main adversary (rank 1 in threats.tsv) against the ally, log ratio. A secondary
    /// adversary never stands in for the main one: that would score an ally against the wrong foe.
    static func balance(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let main = ctx.adversaries(of: ally).first else { return .unknown("no adversary listed") }
        guard let theirs = ctx.milex(main.id) else {
            return .unknown("no spending figure for \(main.name), the main threat", ctx.dataset.indicator(main.id, .milexUSD).map { [$0] } ?? [])
        }
        guard let ours = ctx.milex(ally.id) else {
            return .unknown("own military spending unknown (\(main.name): \(theirs.text))", [theirs.indicator])
        }
        let ratio = theirs.usd / ours.usd
        let text = "\(main.name) \(theirs.text) vs \(ours.text) = \(IndicatorValue.format((ratio * 100).rounded() / 100)) : 1"
        return ComponentInput(text: text, evidence: [theirs.indicator, ours.indicator], value: Normalisation.logRatio(ratio, span: 100))
    }

    /// The strongest nuclear threat in reach (a threshold state counts in part) minus the ally's own deterrent.
    static func nuclear(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        var best: (value: Double, text: String) = (0, "no nuclear-armed adversary in reach")
        var evidence: [String] = []
        var unknown: [String] = []
        for a in ctx.adversaries(of: ally) {
            let p = ctx.posture(a.id)
            evidence += p.evidence
            guard let armed = p.armed else { unknown.append(a.name); continue }
            // A threshold state counts in part; gaining weapons never counts for less than that.
            let uranium = ctx.dataset.indicator(a.id, .enrichedUranium60pctStock).flatMap { ($0.value.number ?? 0) > 0 ? $0 : nil }
            let threshold = uranium == nil ? 0 : thresholdFactor
            let factor: Double
            if armed {
                guard let f = p.arsenalFactor else { unknown.append(a.name); continue }
                factor = max(f, threshold)
            } else {
                factor = threshold
            }
            guard factor > 0 else { continue }
            let reach = p.reach(from: a.location, to: ally.location)
            guard reach.inReach, factor > best.value else { continue }
            if armed {
                let count = p.warheads.map { IndicatorCatalog.formatNumber($0.rounded(), unit: "warheads") } ?? "count unknown"
                best = (factor, "\(a.name): \(count), \(reach.text)")
            } else if let uranium {
                best = (factor, "\(a.name): threshold state (\(ctx.describe(uranium)) enriched to 60 %), \(reach.text)")
                evidence.append(uranium.id)
            }
        }
        if best.value == 0 && !unknown.isEmpty && unknown.count == ctx.adversaries(of: ally).count {
            return ComponentInput(text: "unknown: nuclear status unknown for \(unknown.joined(separator: ", "))", value: nil).withEvidence(evidence, ctx)
        }
        let own = ctx.posture(ally.id)
        let ownStrength = OwnDeterrent.strength(own) ?? 0
        var text = best.text
        if ownStrength > 0 {
            text += own.armed == true ? "; minus its own weapons" : "; minus its latent capability"
        }
        return ComponentInput(text: text, value: max(0, best.value - ownStrength)).withEvidence(evidence + own.evidence, ctx)
    }

    /// Shortest distance between the territories (threats.tsv frontline), else capital to capital.
    static func proximity(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        let threats = ctx.dataset.threats(to: ally.id)
        var best: (km: Double, text: String)?
        for a in ctx.adversaries(of: ally) {
            let t = threats.first { $0.adversary == a.id }
            let km: Double, text: String
            if let f = t?.frontlineKm {
                km = f
                let place = t?.frontlinePlace.isEmpty == false ? " (\(t!.frontlinePlace))" : ""
                text = f == 0 ? "\(a.name): shared border\(place)" : "\(a.name)\(place) \(IndicatorCatalog.formatNumber(f, unit: "km")) away"
            } else {
                km = ally.location.distanceKm(to: a.location)
                text = "\(a.name): capitals \(IndicatorCatalog.formatNumber(km.rounded(), unit: "km")) apart (no frontline figure)"
            }
            if km < (best?.km ?? .infinity) { best = (km, text) }
        }
        guard let best else { return .unknown("no adversary listed") }
        return ComponentInput(text: best.text, value: Normalisation.closeness(best.km + 10, near: 10, far: 3000))
    }

    /// Armed or coercive events by one of its adversaries against the ally, recently.
    static func coercion(_ ally: Actor, _ ctx: ScoringContext) -> ComponentInput {
        guard let latest = ctx.latestEventYear else { return .unknown("the dataset has no events") }
        let from = latest - recentYears + 1
        let foes = Set(ally.adversaries)
        let hits = ctx.dataset.events(involving: ally.id).filter {
            ($0.kind == .armed || $0.kind == .coercion) && $0.date.last >= from && $0.target.contains(ally.id)
                && $0.actor.contains(where: foes.contains)
        }
        var text = "\(hits.count) event\(hits.count == 1 ? "" : "s") against it \(from)–\(latest)"
        if let newest = hits.last { text += " (latest: \(newest.title), \(newest.date.text))" }
        return ComponentInput(text: text, events: hits, value: Normalisation.capped(Double(hits.count), cap: coercionSaturation))
    }
}

extension ScoringContext {
    /// The threats table says in so many words that no adversary is documented for this ally.
    func hasNoDocumentedAdversary(_ ally: Actor) -> Bool {
        ally.adversaries.isEmpty && dataset.threats(to: ally.id).contains { $0.adversary == Threat.none }
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

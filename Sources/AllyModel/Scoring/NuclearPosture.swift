/// What the dataset says about one actor's nuclear weapons and how far its missiles fly.
public struct NuclearPosture: Sendable, Hashable {
    public let actor: String
    /// Whether it holds nuclear weapons; nil when the data does not say.
    public var armed: Bool?
    /// Estimated warheads; nil when unknown (even if `armed` is known).
    public var warheads: Double?
    /// Deployed strategic (intercontinental) warheads, when reported.
    public var strategicWarheads: Double?
    /// Longest missile range reported for the actor, in km (upper end of a range such as `3000-4000`).
    public var maxRangeKm: Double?
    /// Separated plutonium or similar material: the means to build a weapon quickly (latency).
    public var latent: Bool
    /// Indicator ids the posture was read from.
    public var evidence: [String]
    /// Human notes on what was read or changed, e.g. "+30 % (scenario)".
    public var notes: [String]

    /// Warheads assumed for an actor that acquires weapons in a scenario: a first, small arsenal.
    public static let nominalNewArsenal = 20.0

    public init(actor: String, armed: Bool?, warheads: Double?, strategicWarheads: Double? = nil,
                maxRangeKm: Double? = nil, latent: Bool = false, evidence: [String] = [], notes: [String] = []) {
        self.actor = actor; self.armed = armed; self.warheads = warheads; self.strategicWarheads = strategicWarheads
        self.maxRangeKm = maxRangeKm; self.latent = latent; self.evidence = evidence; self.notes = notes
    }

    /// Reads the `NuclearStatus` (a "no" without a count means 0 warheads), `deployed_strategic_warheads`,
    /// every `missile_range_*` figure and `separated_plutonium_stock`.
    public init(actor: String, in dataset: Dataset) {
        let status = NuclearStatus(of: actor, in: dataset)
        var p = NuclearPosture(actor: actor, armed: status.armed,
                               warheads: status.evidence?.value.number ?? (status.armed == false ? 0 : nil))
        if let e = status.evidence { p.evidence.append(e.id) }
        if let s = dataset.indicator(actor, .deployedStrategicWarheads), let n = s.value.number {
            p.strategicWarheads = n; p.evidence.append(s.id)
        }
        for x in dataset.indicators(of: actor) where x.key.isMissileRange {
            guard let km = Self.upperBound(x.value) else { continue }
            if km > (p.maxRangeKm ?? 0) { p.maxRangeKm = km }
            p.evidence.append(x.id)
        }
        if let pu = dataset.indicator(actor, .separatedPlutoniumStock), let n = pu.value.number, n > 0 {
            p.latent = true; p.evidence.append(pu.id)
        }
        self = p
    }

    /// Arsenal size on a log scale: 1 warhead ≈ 0.1, 50 ≈ 0.57, 600 ≈ 0.93, 1000 or more → 1.
    /// Nil when it is not known whether the actor is armed; 0.5 when armed but the count is unknown.
    public var arsenalFactor: Double? {
        guard let armed else { return nil }
        guard armed else { return 0 }
        guard let w = warheads else { return 0.5 }
        return Normalisation.logCount(w, scale: 1, saturation: 1000)
    }

    /// Whether this actor can strike `target` from `origin` (its capital), and why.
    ///
    /// Order of rules: a reported missile range long enough → in range; deployed strategic warheads →
    /// intercontinental, in range; a reported range too short → out of range; no range data at all → assumed
    /// in range (stated as an assumption wherever it is shown).
    public func reach(from origin: GeoPoint, to target: GeoPoint) -> Reach {
        let km = origin.distanceKm(to: target)
        if let r = maxRangeKm, r >= km { return .missile(rangeKm: r, distanceKm: km) }
        if let s = strategicWarheads, s > 0 { return .strategic(distanceKm: km) }
        if let r = maxRangeKm { return .outOfRange(rangeKm: r, distanceKm: km) }
        return .assumed(distanceKm: km)
    }

    /// `3000-4000` → 4000; `15000` → 15000; anything else → nil.
    static func upperBound(_ value: IndicatorValue) -> Double? {
        switch value {
        case .number(let d): return d
        case .text(let t): return t.split(separator: "-").compactMap { Double($0.filter { $0.isNumber || $0 == "." }) }.max()
        case .unknown: return nil
        }
    }
}

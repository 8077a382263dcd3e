/// The figures that describe one ally, grouped the way the panes and `allymap show` present them.
public struct AllyProfile: Sendable {
    public let ally: Actor
    /// Ties to the US: treaty, umbrella, troops, aid, arms imports.
    public let dependency: [Indicator]
    /// Exposure: adversaries' strength and reach, distances, the ally's own means.
    public let risk: [Indicator]
    /// Everything else known about the ally.
    public let other: [Indicator]
    public let adversaries: [Actor]
    /// The sourced threats, main first, with the adversary they name (nil for `none`).
    public let threats: [ThreatLine]
    public let events: [TimelineEvent]
    public let claims: [Claim]

    /// Indicator keys shown in the dependency view, in display order.
    public static let dependencyKeys: [IndicatorKey] = [
        .usSecurityTie, .mnnaYear, .usSecurityExecutiveOrder, .usNuclearUmbrella, .usTroops,
        .usFMFAnnual, .usAidAnnualMOU, .usMissileDefenseAidAnnual, .usSupplementalAid2024,
        .usBilateralAidCumulative, .armsImportsUSShare, .armsImporterWorldRank,
        .nuclearSharingHost, .usBasesMajor, .usMissileDefenseCoop, .hostNationSupport, .us123Agreement,
    ]

    /// Indicator keys shown in the risk view, in display order (distances follow).
    public static let riskKeys: [IndicatorKey] = [
        .milexUSD, .milexPctGDP, .milexPctGDP2015, .activePersonnel,
        .nuclearWarheads, .separatedPlutoniumStock, .publicSupportOwnNukes, .eliteSupportOwnNukes,
        .nuclearIntentStatement, .defenseSpendingTarget, .defenseSpendingPlan, .landBorderWithRussia,
        .nato2pctMet2024, .nato5pctPledge2025, .reservePersonnel, .publicDoubtUSDefence,
        .enrichmentReprocessing, .tradeShareChina,
    ]

    public init(ally: Actor, in dataset: Dataset) {
        self.ally = ally
        let all = dataset.indicators(of: ally.id)
        func ordered(_ keys: [IndicatorKey]) -> [Indicator] {
            keys.compactMap { k in all.first { $0.key == k } }
        }
        dependency = ordered(Self.dependencyKeys)
        let distances = all.filter { $0.key.isDistance }
        risk = ordered(Self.riskKeys) + distances
        let shown = Set((dependency + risk).map(\.key))
        other = all.filter { !shown.contains($0.key) }
        adversaries = ally.adversaries.compactMap { dataset.actor($0) }
        threats = dataset.threats(to: ally.id).map { t in
            let adversary = dataset.actor(t.adversary)
            return ThreatLine(threat: t, adversary: adversary,
                              capitalKm: adversary.map { ally.location.distanceKm(to: $0.location) })
        }
        events = dataset.events(involving: ally.id)
        claims = dataset.claims(about: ally)
    }
}

/// One threat to an ally as shown to a reader: the sourced row, the adversary, and distances.
public struct ThreatLine: Sendable {
    public let threat: Threat
    public let adversary: Actor?
    /// Capital to capital, kept as a second figure beside the frontline.
    public let capitalKm: Double?

    /// "frontline: shared border (Kaliningrad) · capitals 1,151 km".
    public var distanceText: String {
        var parts: [String] = []
        if let km = threat.frontlineKm {
            let place = threat.frontlinePlace.isEmpty ? "" : " (\(threat.frontlinePlace))"
            parts.append(km == 0 ? "frontline: shared border\(place)" : "frontline \(IndicatorCatalog.formatNumber(km, unit: "km"))\(place)")
        }
        if let capitalKm { parts.append("capitals \(IndicatorCatalog.formatNumber(capitalKm.rounded(), unit: "km"))") }
        return parts.joined(separator: " · ")
    }
}

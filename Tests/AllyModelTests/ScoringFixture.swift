@testable import AllyModel

/// Hand-made datasets for the scoring tests, built in code (never from seeds/data).
///
/// The standard world: the US; `alpha`, a NATO-style ally facing `red` (a large nuclear power with
/// intercontinental reach); `beta`, an ally with its own bomb facing only `blue` (non-nuclear) and `gang`
/// (an armed group next door); `gamma`, an ally about which almost nothing is known.
struct ScoringFixture {
    var actors: [Actor] = []
    var indicators: [Indicator] = []
    var events: [TimelineEvent] = []
    var claims: [Claim] = []

    static let source = Source(name: "fixture (test)", confidence: .high)

    mutating func actor(_ id: String, _ kind: ActorKind, lat: Double, lon: Double, region: Region = .europe,
                        adversaries: [String] = []) {
        actors.append(Actor(id: id, name: id.capitalized, kind: kind, region: region, capital: "\(id.capitalized) City",
                            location: GeoPoint(lat: lat, lon: lon), adversaries: adversaries, source: Self.source))
    }

    mutating func fact(_ actor: String, _ key: IndicatorKey, _ value: String, unit: String = "", year: String = "2024") {
        let v = IndicatorValue(parsing: value)
        indicators.removeAll { $0.actor == actor && $0.key == key }
        indicators.append(Indicator(actor: actor, key: key, value: v, unit: unit, period: v.isUnknown ? nil : Period(year),
                                    source: Self.source))
    }

    /// An event: the first actor acts, the others are its targets (all of them act for a treaty).
    mutating func event(_ id: String, _ date: String, _ actors: [String], _ kind: EventKind = .armed, region: Region = .europe) {
        let (actor, target) = kind == .treaty || actors.count < 2 ? (actors, []) : ([actors[0]], Array(actors.dropFirst()))
        events.append(TimelineEvent(id: id, date: Period(date)!, title: id, region: region, actor: actor, target: target,
                                    kind: kind, summary: "", source: Self.source))
    }

    mutating func claim(_ id: String, _ stance: ClaimStance = .assertion, actors: [String] = [],
                        supports: [String] = [], contradicts: [String] = []) {
        claims.append(Claim(id: id, paragraph: 1, region: .world, actors: actors, stance: stance, text: "claim \(id)",
                            supports: supports, contradicts: contradicts))
    }

    var dataset: Dataset { Dataset(actors: actors, indicators: indicators, events: events, claims: claims) }

    func model(_ scenario: Scenario = .baseline, weights: ScoreWeights = .default) -> ScoringModel {
        ScoringModel(dataset: dataset, weights: weights, scenario: scenario)
    }

    static var standard: ScoringFixture {
        var f = ScoringFixture()
        f.actor("us", .us, lat: 38.9, lon: -77.0, region: .world)
        f.actor("alpha", .ally, lat: 52.5, lon: 13.4, adversaries: ["red"])
        f.actor("beta", .ally, lat: 31.8, lon: 35.2, region: .middleEast, adversaries: ["blue", "gang"])
        f.actor("gamma", .ally, lat: 0, lon: 0, region: .asia, adversaries: ["red"])
        f.actor("red", .adversary, lat: 55.8, lon: 37.6)
        f.actor("blue", .adversary, lat: 35.7, lon: 51.4, region: .middleEast)
        f.actor("gang", .nonstate, lat: 31.5, lon: 34.5, region: .middleEast)

        f.fact("alpha", "us_security_tie", "NATO member (Art. 5)", unit: "text", year: "1955")
        f.fact("alpha", "us_troops", "35000", unit: "personnel")
        f.fact("alpha", "arms_imports_us_share", "70", unit: "% of major-arms imports")
        f.fact("alpha", "us_nuclear_umbrella", "yes; hosts US bombs", unit: "text")
        f.fact("alpha", "milex_usd", "88.5", unit: "USD bn (current)")
        f.fact("alpha", "nuclear_warheads", "0", unit: "warheads", year: "2025")

        f.fact("beta", "us_security_tie", "No defence treaty; 10-year MOU on military aid", unit: "text", year: "2016")
        f.fact("beta", "mnna_year", "1987", unit: "year", year: "1987")
        f.fact("beta", "us_troops", "100", unit: "personnel")
        f.fact("beta", "arms_imports_us_share", "69", unit: "%")
        f.fact("beta", "us_fmf_annual", "3.3", unit: "USD bn/yr", year: "FY2019-2028")
        f.fact("beta", "us_nuclear_umbrella", "no formal US nuclear umbrella", unit: "text")
        f.fact("beta", "milex_usd", "46.5", unit: "USD bn (current)")
        f.fact("beta", "nuclear_warheads", "90", unit: "warheads", year: "2025")

        f.fact("red", "milex_usd", "149", unit: "USD bn (current)")
        f.fact("red", "nuclear_warheads", "5459", unit: "warheads", year: "2025")
        f.fact("red", "deployed_strategic_warheads", "1718", unit: "warheads", year: "2025")
        f.fact("red", "missile_range_short", "500", unit: "km")
        f.fact("blue", "milex_usd", "7.9", unit: "USD bn (current)")
        f.fact("blue", "nuclear_warheads", "0", unit: "warheads", year: "2025")
        f.fact("blue", "missile_range_mrbm", "1300-2000", unit: "km")
        f.fact("gang", "nuclear_armed", "no", unit: "yes/no", year: "2025")

        f.event("war-1", "2024-02-24", ["red"])
        f.event("strike-1", "2024-04-13", ["blue", "beta"], region: .middleEast)
        f.event("strike-2", "2025-06-13", ["beta", "blue"], region: .middleEast)
        f.event("defended", "2024-04-14", ["us", "beta"], .directDefence, region: .middleEast)
        f.event("drones", "2025-09-10", ["red", "alpha"], .coercion)
        f.event("old-strike", "2019-01-01", ["beta", "gang"], region: .middleEast)
        f.event("treaty-1", "1949-04-04", ["us", "alpha"], .treaty)
        return f
    }
}

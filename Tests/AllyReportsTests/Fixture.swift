import AllyModel

/// A small world built in code: the US, an ally with a CJK name and one with an emoji flag, an
/// adversary recorded as nuclear-armed without a warhead count, and two claims.
enum Fixture {
    static let source = Source(name: "fixture (test)", confidence: .high)

    static func actor(_ id: String, _ name: String, _ kind: ActorKind, region: Region = .asia, adversaries: [String] = []) -> Actor {
        Actor(id: id, name: name, kind: kind, region: region, capital: "\(name) City", location: GeoPoint(lat: 35, lon: 139),
              adversaries: adversaries, source: source)
    }

    static func fact(_ actor: String, _ key: IndicatorKey, _ value: String, unit: String = "", year: String = "2024") -> Indicator {
        let v = IndicatorValue(parsing: value)
        return Indicator(actor: actor, key: key, value: v, unit: unit, period: v.isUnknown ? nil : Period(year), source: source)
    }

    static let dataset = Dataset(
        actors: [
            actor("us", "United States", .us, region: .world),
            actor("nihon", "日本国", .ally, adversaries: ["red"]),
            actor("flag", "🇮🇱 Flagland", .ally, region: .middleEast, adversaries: ["red"]),
            actor("red", "Red", .adversary),
        ],
        indicators: [
            fact("nihon", "us_security_tie", "Treaty of Mutual Cooperation", unit: "text", year: "1960"),
            fact("nihon", "us_troops", "55000", unit: "personnel"),
            fact("nihon", "arms_imports_us_share", "90", unit: "%"),
            fact("flag", "us_troops", "100", unit: "personnel"),
            fact("red", "nuclear_armed", "yes", unit: "text"),
        ],
        events: [],
        claims: [
            Claim(id: "c-linked", paragraph: 2, region: .asia, actors: ["nihon"], stance: .assertion, text: "Nihon hosts US troops.",
                  supports: ["nihon.us_troops"], contradicts: []),
            Claim(id: "c-opinion", paragraph: 3, region: .asia, actors: ["nihon"], stance: .assertion, text: "Nihon should worry.",
                  supports: [], contradicts: [], note: "an opinion"),
        ]
    )
}

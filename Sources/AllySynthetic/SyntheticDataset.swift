import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A deterministic, made-up dataset of any size, for benchmarks (`bench generate`) and scale tests.
///
/// It keeps the built-in dataset's actors first (so the default selection, region jumps and searches
/// behave as with the real data) and adds synthetic allies, adversaries and armed groups spread over
/// the three ally regions' map frames, each with indicators, a few events and, every 50 actors, a
/// claim citing them. Same `actors` and `seed` → byte-identical tables. The figures are noise:
/// never mistake them for data.
public enum SyntheticDataset {
    /// A dataset of `actors` actors in total (at least the built-in ones).
    public static func generate(actors count: Int, seed: UInt64 = 7) throws -> Dataset {
        let base = try DatasetLoader.loadDefault()
        var rng = SplitMix64(seed: seed)
        var actors = Array(base.actors), indicators = Array(base.indicators), events = Array(base.events), claims = base.claims
        let source = Source(name: "synthetic (allymap bench generate)", confidence: .low)
        let realThreats = base.actors.filter { $0.kind.isThreat }.map(\.id)
        var threats: [Region: [String]] = [:]
        let extra = max(0, count - base.actors.count)
        actors.reserveCapacity(base.actors.count + extra)
        indicators.reserveCapacity(base.indicators.count + extra * 6)
        for n in 0..<extra {
            let region = Region.allyRegions[n % Region.allyRegions.count]
            let f = region.frame
            // Rounded to 0.001° (as a capital's coordinates would be written), inside the region's frame.
            let point = GeoPoint(lat: ((f.south + rng.unit() * (f.north - f.south)) * 1000).rounded() / 1000,
                                 lon: ((f.west + rng.unit() * (f.east - f.west)) * 1000).rounded() / 1000)
            // Mostly allies, as in the real data; one in eight an adversary, one in eight an armed group.
            let roll = rng.next() % 8
            let kind: ActorKind = roll == 0 ? .adversary : roll == 1 ? .nonstate : .ally
            let id = "synth-" + PlainText.zeroPadded(n, width: 6)
            var adversaries: [String] = []
            if kind == .ally {
                let local = threats[region] ?? []
                if !local.isEmpty { adversaries.append(local[Int(rng.next() % UInt64(local.count))]) }
                adversaries.append(realThreats[Int(rng.next() % UInt64(realThreats.count))])
            } else {
                threats[region, default: []].append(id)
            }
            actors.append(Actor(id: id, name: "Synthland \(n)", kind: kind, region: region,
                                capital: "Synth City \(n)", location: point, adversaries: adversaries,
                                aliases: ["SL\(n)"], source: source))
            let year = Period(String(2015 + Int(rng.next() % 10)))
            func add(_ key: IndicatorKey, _ value: String, _ unit: String, period: Period? = year) {
                indicators.append(Indicator(actor: id, key: key, value: IndicatorValue(parsing: value), unit: unit,
                                            period: period, source: source))
            }
            add(.milexUSD, PlainText.fixed(0.1 + rng.unit() * 60, 2), "USD bn (current)")
            add(.activePersonnel, String(1000 + rng.next() % 500_000), "personnel")
            add(.nuclearWarheads, kind == .adversary && rng.next() % 10 == 0 ? String(1 + rng.next() % 300) : "0", "warheads")
            if kind == .ally {
                add(.usTroops, String(rng.next() % 20_000), "personnel")
                add(.armsImportsUSShare, String(rng.next() % 101), "% of major-arms imports (SIPRI TIV)")
                add(.usSecurityTie, ["Major Non-NATO Ally", "NATO member (Art. 5)", "security partnership", "Mutual Defense Treaty"][Int(rng.next() % 4)], "text")
            }
            // An armed event with its first adversary (or a policy event alone), dated within the timeline.
            let (y, month, day) = (2000 + Int(rng.next() % 25), 1 + Int(rng.next() % 12), 1 + Int(rng.next() % 28))
            let date = Period("\(y)-\(PlainText.zeroPadded(month, width: 2))-\(PlainText.zeroPadded(day, width: 2))")!
            let parties = [id] + adversaries.prefix(1)
            events.append(TimelineEvent(id: "synth-event-\(n)", date: date, title: "Synthetic incident \(n)", region: region,
                                        actors: parties, kind: parties.count > 1 ? .armed : .policy,
                                        summary: "A made-up event for benchmarks.", source: source))
            if n % 50 == 0 {
                claims.append(Claim(id: "synth-claim-\(n)", paragraph: 100 + (n / 50) % 900, region: region, actors: [id],
                                    stance: .assertion, text: "A made-up claim about Synthland \(n).",
                                    supports: ["\(id).\(IndicatorKey.milexUSD)"], contradicts: ["synth-event-\(n)"]))
            }
        }
        return Dataset(actors: actors, indicators: indicators, events: events, claims: claims)
    }
}

import Foundation
import Testing
@testable import AllyModel
import AllySynthetic

/// Smoke tests of the benchmark generator (`bench generate`): it runs, its output loads and
/// validates, and a fixed seed gives the same data. No timings here: benchmarks are not tests.
@Suite struct SyntheticDatasetTests {
    @Test func twoHundredActorsLoadFromTSV() throws {
        let generated = try SyntheticDataset.generate(actors: 200)
        #expect(generated.actors.count == 200)
        #expect(generated.allyCount > generated.actors.count / 2)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-synth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try DatasetWriter.write(generated, to: dir, format: .tsv)
        let loaded = try DatasetLoader.load(path: dir)
        #expect(loaded == generated)
        #expect(!loaded.events(involving: "synth-000000").isEmpty)
    }

    @Test func sameSeedSameData() throws {
        #expect(try SyntheticDataset.generate(actors: 120, seed: 3) == SyntheticDataset.generate(actors: 120, seed: 3))
        #expect(try SyntheticDataset.generate(actors: 120, seed: 3) != SyntheticDataset.generate(actors: 120, seed: 4))
    }

    /// Synthetic actors sit inside their region's map frame, so region views at scale are full.
    @Test func syntheticActorsLieInTheirRegion() throws {
        let d = try SyntheticDataset.generate(actors: 300)
        for a in d.actors where a.id.hasPrefix("synth-") {
            let f = a.region.frame
            #expect((f.south...f.north).contains(a.location.lat) && (f.west...f.east).contains(a.location.lon), "\(a.id) at \(a.location)")
        }
    }

    /// The indexes behind `allies(in:)` and `events(involving:)` agree with plain scans.
    @Test func indexedLookupsMatchScans() throws {
        let d = try SyntheticDataset.generate(actors: 300)
        for region in Region.allCases {
            #expect(d.allies(in: region).map(\.id)
                    == d.actors.filter { $0.kind == .ally && (region == .world || $0.region == region) }.map(\.id))
            #expect(d.firstAlly(in: region)?.id == d.allies(in: region).first?.id)
        }
        for actor in d.actors.prefix(60) {
            #expect(d.events(involving: actor.id).map(\.id) == d.events.filter { $0.involves(actor.id) }.reversed().map(\.id))
        }
        #expect(d.us?.id == d.actors.first { $0.kind == .us }?.id)
    }
}

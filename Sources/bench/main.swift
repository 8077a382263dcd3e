// bench: prints timings of allymap's hot paths. A plain executable, not a timed test:
// run `swift run -c release bench` and read the numbers (see the closing notes).
import AllyModel
import AllyTUI
import Foundation

/// One named group of measurements; add new sections to `sections` below.
struct Section {
    let name: String
    let run: () -> Void
}

/// Median wall-clock milliseconds of `runs` calls of `body` (after one warm-up call).
func medianMilliseconds(runs: Int, _ body: () -> Void) -> Double {
    body()
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    return samples[samples.count / 2]
}

func report(_ label: String, _ value: String) {
    print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + value)
}

func ms(_ v: Double) -> String { String(format: "%8.3f ms", v) }

/// Fixed markers at the capitals of a few allies and adversaries, so timings include labels.
let benchMarkers: [MapMarker] = [
    ("israel", "Israel", 31.77, 35.21, ActorKind.ally), ("qatar", "Qatar", 25.29, 51.53, .ally),
    ("saudi", "Saudi Arabia", 24.71, 46.68, .ally), ("iran", "Iran", 35.69, 51.39, .adversary),
    ("hezbollah", "Hezbollah", 33.89, 35.50, .nonstate), ("uk", "United Kingdom", 51.51, -0.13, .ally),
    ("germany", "Germany", 52.52, 13.41, .ally), ("estonia", "Estonia", 59.44, 24.75, .ally),
    ("russia", "Russia", 55.76, 37.62, .adversary), ("japan", "Japan", 35.68, 139.65, .ally),
    ("korea", "South Korea", 37.57, 126.98, .ally), ("taiwan", "Taiwan", 25.03, 121.57, .ally),
    ("china", "China", 39.90, 116.41, .adversary), ("us", "United States", 38.91, -77.04, .us),
].map { MapMarker(id: $0.0, label: $0.1, point: GeoPoint(lat: $0.2, lon: $0.3), kind: $0.4, nuclear: $0.0 == "russia" || $0.0 == "china") }

let sections: [Section] = [
    Section(name: "Map geometry") {
        report("embedded geometry size", "\(WorldGeometry.embeddedByteCount) bytes")
        let text = WorldGeometry.embeddedText
        let decode = medianMilliseconds(runs: 21) { _ = try! WorldGeometry(text: text) }
        let world = WorldGeometry.shared
        report("decode all levels (median of 21)", ms(decode))
        report("  points: coarse / medium / detailed", "\(world.coarse.pointCount) / \(world.medium.pointCount) / \(world.detailed.pointCount)")
    },
    Section(name: "Map render into a Buffer (median of 51)") {
        for (width, height) in [(120, 40), (300, 100)] {
            for region in Region.allCases {
                let view = MapView(region: region, markers: benchMarkers, selectedID: "israel")
                var buffer = Buffer(width: width, height: height)
                let t = medianMilliseconds(runs: 51) { view.render(into: &buffer, area: buffer.area) }
                report("\(region.rawValue) \(width)x\(height)", ms(t))
            }
        }
    },
    Section(name: "Explorer start-up and frames (median of 21)") {
        report("load built-in dataset", ms(medianMilliseconds(runs: 21) { _ = try! DatasetLoader.loadDefault() }))
        let dataset = try! DatasetLoader.loadDefault()
        report("score every ally + claim verdicts", ms(medianMilliseconds(runs: 21) { _ = Assessment(dataset: dataset) }))
        let assessment = Assessment(dataset: dataset)
        for (width, height) in [(120, 40), (300, 100)] {
            for region in Region.allCases {
                let state = AppState(dataset: dataset, assessment: assessment, region: region, screen: Size(width: width, height: height))
                report("full frame \(region.rawValue) \(width)x\(height)", ms(medianMilliseconds(runs: 21) { _ = ExplorerView(state).render() }))
            }
        }
        var state = AppState(dataset: dataset, assessment: assessment, screen: Size(width: 120, height: 40))
        let before = ExplorerView(state).render()
        reduce(&state, .key(.char("2")))
        let after = ExplorerView(state).render()
        report("key 2 (reduce + frame) 120x40", ms(medianMilliseconds(runs: 21) {
            var s = AppState(dataset: dataset, assessment: assessment, screen: Size(width: 120, height: 40))
            reduce(&s, .key(.char("2")))
            _ = ExplorerView(s).render()
        }))
        report("diff of two frames 120x40", ms(medianMilliseconds(runs: 21) { _ = Buffer.diff(before, after) }))
        report("  cells changed by key 2", "\(Buffer.diff(before, after).count) of \(120 * 40)")
    },
]

print("allymap bench (\(ProcessInfo.processInfo.processorCount) cores)")
for section in sections {
    print(section.name)
    section.run()
}

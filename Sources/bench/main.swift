// bench: prints timings of allymap's hot paths. A plain executable, not a timed test:
// run `swift run -c release bench` and read the numbers, or `scripts/bench.sh` for the whole
// suite (BENCHMARKS.md). Subcommands:
//   bench [--json]                    the in-process sections below
//   bench generate N DIR [--seed S]   write a synthetic dataset of N actors as TSV into DIR
//   bench scale DIR [--json]          load DIR and time the explorer's frames on it
//   bench profile                     load + first frame once (for callgrind)
//   bench frames [W H [N]] [REGION]   N full frames of every region (or one) at WxH (for perf)
import AllyModel
import AllySynthetic
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

/// Median wall-clock milliseconds of `runs` calls of `body`, each on a fresh value from `setup`
/// (not timed), so that caches the state shares between copies start cold every time.
func medianMilliseconds<T>(runs: Int, setup: () -> T, _ body: (inout T) -> Void) -> Double {
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        var value = setup()
        let start = DispatchTime.now().uptimeNanoseconds
        body(&value)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    return samples[samples.count / 2]
}

/// Figures by key for `--json` (scripts/bench.py reads them).
nonisolated(unsafe) var results: [String: Double] = [:]
let json = CommandLine.arguments.contains("--json")

func report(_ label: String, _ value: String) {
    if !json { print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + value) }
}

/// Reports a millisecond figure and keeps it under `key`.
func report(_ label: String, key: String, _ value: Double) {
    results[key] = value
    report(label, ms(value))
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
        let decode = medianMilliseconds(runs: 21) { _ = try! WorldGeometry(text: text, decodeAll: true) }
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
                let raster = medianMilliseconds(runs: 51) { _ = view.canvas(in: buffer.area) }
                report("  raster only \(region.rawValue) \(width)x\(height)", key: "raster_\(region.rawValue)_\(width)x\(height)", raster)
                report("\(region.rawValue) \(width)x\(height)", key: "map_\(region.rawValue)_\(width)x\(height)", t)
            }
        }
    },
    // Frames are timed over 101 runs: over 21, warm-up and the machine moved them by ±40 %.
    Section(name: "Explorer start-up (median of 21) and steady frames (median of 101)") {
        report("load built-in dataset", key: "load_default", medianMilliseconds(runs: 21) { _ = try! DatasetLoader.loadDefault() })
        let dataset = try! DatasetLoader.loadDefault()
        report("score every ally (Assessment)", key: "assessment_default", medianMilliseconds(runs: 21) { _ = Assessment(dataset: dataset) })
        let derived = Derived(dataset: dataset)
        for (width, height) in [(120, 40), (300, 100)] {
            for region in Region.allCases {
                let state = AppState(dataset: dataset, region: region, screen: Size(width: width, height: height))
                report("full frame \(region.rawValue) \(width)x\(height)", key: "frame_\(region.rawValue)_\(width)x\(height)",
                       medianMilliseconds(runs: 101) { _ = ExplorerView(state, derived).frame() })
            }
        }
        for (width, height) in [(120, 40), (300, 100)] {
            var state = AppState(dataset: dataset, region: .world, screen: Size(width: width, height: height))
            state.mainView = .table
            report("full frame, ally table world \(width)x\(height)", key: "frame_table_\(width)x\(height)",
                   medianMilliseconds(runs: 101) { _ = ExplorerView(state, derived).frame() })
        }
        var state = AppState(dataset: dataset, screen: Size(width: 120, height: 40))
        let before = ExplorerView(state, derived).render()
        reduce(&state, .key(.char("2")), derived)
        let after = ExplorerView(state, derived).render()
        report("diff of two frames 120x40", key: "diff_120x40", medianMilliseconds(runs: 21) { _ = Buffer.diff(before, after) })
        report("  cells changed by key 2", "\(Buffer.diff(before, after).count) of \(120 * 40)")
        explorerTimings(dataset, prefix: "default_")
    },
]

// Each key as the event loop runs it: reduce, render the frame, diff it with the previous one.
// The what-if keys: s opens the list, j moves in it, Enter applies us-retrenchment (scoring
// the allies on screen under it), S returns; in compare, j scrolls and Enter applies.
let compareKeys: [Key] = [.char("c"), .char("j"), .char("a"), .char("p"), .enter]
let benchKeys: [(String, [Key])] = [("key_region", [.char("2")]), ("key_arrow", [.right]), ("key_search_open", [.char("/")]),
                               ("key_search", [.char("/"), .char("j")]), ("key_search_next", [.char("/"), .char("j"), .char("a")]),
                               ("key_world", [.char("0")]),
                               // The ally table: open it, sort it (scores every ally), move, filter, copy.
                               ("key_table", [.char("t")]), ("key_table_sort", [.char("t"), .char("r")]),
                               ("key_table_down", [.char("t"), .char("r"), .down]),
                               ("key_table_world", [.char("t"), .char("0")]),
                               ("key_table_filter", [.char("t"), .char("/"), .char("e")]),
                               ("key_table_copy", [.char("t"), .char("0"), .char("Y")]),
                               // A what-if picked over the table, then its change column sorted.
                               ("key_table_whatif_change", [.char("t"), .char("s"), .char("j"), .char("j"), .enter, .char("d")]),
                               ("key_whatif_list", [.char("s")]), ("key_whatif_choose", [.char("s"), .char("j")]),
                               ("key_whatif_apply", [.char("s"), .char("j"), .char("j"), .enter]),
                               ("key_whatif_baseline", [.char("s"), .char("j"), .char("j"), .enter, .char("S")]),
                               ("key_compare_scroll", compareKeys + [.char("j")]),
                               ("key_compare_whatif_apply", compareKeys + [.char("s"), .char("j"), .char("j"), .enter]),
                               // The claims board: open, move, filter, scope, a claim's evidence, an item to the map.
                               ("key_claims_open", [.char("C")]), ("key_claims_next", [.char("C"), .char("j")]),
                               ("key_claims_filter", [.char("C"), .char("m")]), ("key_claims_scope", [.char("C"), .tab]),
                               ("key_claims_evidence", [.char("C"), .enter]), ("key_claims_to_map", [.char("C"), .enter, .char("G"), .enter]),
                               // Inspecting a figure: open the list, move to the next figure, copy it as a citation.
                               ("key_inspect_open", [.char("i")]), ("key_inspect_next", [.char("i"), .char("j")]),
                               ("key_inspect_copy", [.char("i"), .char("j"), .char("y")])]

/// The keys `bench scale` times: moving about the map and searching. The table, what-if, claims
/// and inspect keys are timed on the built-in data only, since each of their runs starts from
/// derived data whose idle thread has scored every scenario, which takes minutes at 1000 allies.
let scaleKeys = Array(benchKeys.prefix(6))

/// Times the explorer on `dataset` as the app would run it: start-up work, then keys. Scores,
/// markers and the search index are derived lazily, so every run starts from fresh derived data
/// that has drawn its first frame and had the loop's idle work done: the figures are what a user
/// meets the first time.
func explorerTimings(_ dataset: Dataset, prefix: String, keys: [(String, [Key])] = benchKeys, warmAhead: Bool = true) {
    let size = Size(width: 120, height: 40)
    report("\(prefix)assessment (score allies)", key: "\(prefix)assessment", medianMilliseconds(runs: 3) { _ = Assessment(dataset: dataset) })
    report("\(prefix)first frame 120x40 (state + render)", key: "\(prefix)first_frame", medianMilliseconds(runs: 11) {
        // As the explorer draws it: the score bands are left to another thread.
        let derived = Derived(dataset: dataset)
        _ = derived.deferBaselineBands()
        _ = ExplorerView(AppState(dataset: dataset, screen: size), derived).frame()
    })
    report("\(prefix)score bands (off the loop)", key: "\(prefix)bands", medianMilliseconds(runs: 3, setup: {
        Derived(dataset: dataset)
    }) { derived in derived.computeBaselineBands() })
    report("\(prefix)first idle work (search index)", key: "\(prefix)first_tick", medianMilliseconds(runs: 11, setup: {
        Derived(dataset: dataset)
    }) { derived in derived.prepareWhileIdle() })
    for (name, sequence) in keys {
        report("\(prefix)\(name) (reduce + frame + diff)", key: "\(prefix)\(name)", keyMilliseconds(dataset, sequence, runs: 11, warmAhead: warmAhead))
    }
}

/// The median time of the last key of `sequence`, each run from fresh derived data that has drawn
/// its first frame and the one after the bands came in, done the loop's idle work and pressed
/// the keys before the last.
func keyMilliseconds(_ dataset: Dataset, _ sequence: [Key], runs: Int, warmAhead: Bool = true) -> Double {
    let size = Size(width: 120, height: 40)
    return medianMilliseconds(runs: runs, setup: { () -> (AppState, Derived, Buffer) in
        // The presets, as the app offers them (saved scenarios follow them there).
        let derived = Derived(dataset: dataset, scenarios: ScenarioPresets.all)
        var state = AppState(dataset: dataset, scenarios: ScenarioPresets.all, screen: size)
        // The first frame without bands, then the frame their thread asks for once they are in.
        _ = derived.deferBaselineBands()
        _ = ExplorerView(state, derived).frame()
        derived.computeBaselineBands()
        var frame = ExplorerView(state, derived).frame()
        derived.prepareWhileIdle()  // the event loop's idle work (it builds the search index)
        if warmAhead {
            derived.warmClaims()    // and what its idle thread works out ahead, long done by the third key
            derived.warmScenarios()
        }
        for key in sequence.dropLast() {
            reduce(&state, .key(key), derived)
            frame = ExplorerView(state, derived).frame()
            reduce(&state, .measured(frame.measurements!), derived)
        }
        return (state, derived, frame.buffer)
    }) { prepared in benchTimedKey(&prepared, sequence.last!) }
}

/// The timed part on its own, so `valgrind --toggle-collect='*benchTimedKey*'` sees only it.
@inline(never)
func benchTimedKey(_ prepared: inout (AppState, Derived, Buffer), _ key: Key) {
    reduce(&prepared.0, .key(key), prepared.1)
    let frame = ExplorerView(prepared.0, prepared.1).frame()
    _ = Buffer.diff(prepared.2, frame.buffer)
    reduce(&prepared.0, .measured(frame.measurements!), prepared.1)
}

let arguments = Array(CommandLine.arguments.dropFirst()).filter { $0 != "--json" }
/// Text facts for scripts/bench.py alongside the numbers (e.g. which ally an arrow lands on).
nonisolated(unsafe) var labels: [String: String] = [:]

func printJSON() {
    var all: [String: Any] = results
    for (k, v) in labels { all[k] = v }
    let data = try! JSONSerialization.data(withJSONObject: all, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

switch arguments.first {
case "generate":
    guard arguments.count >= 3, let count = Int(arguments[1]) else {
        FileHandle.standardError.write(Data("usage: bench generate N DIR [--seed S]\n".utf8)); exit(64)
    }
    let seed = arguments.firstIndex(of: "--seed").flatMap { UInt64(arguments[$0 + 1]) } ?? 7
    let dataset = try! SyntheticDataset.generate(actors: count, seed: seed)
    try! DatasetWriter.write(dataset, to: arguments[2], format: .tsv)
    print("wrote \(dataset.actors.count) actors, \(dataset.indicators.count) indicators, \(dataset.events.count) events, \(dataset.claims.count) claims to \(arguments[2])")
case "scale":
    guard arguments.count >= 2 else { FileHandle.standardError.write(Data("usage: bench scale DIR\n".utf8)); exit(64) }
    let t0 = DispatchTime.now().uptimeNanoseconds
    let dataset = try! DatasetLoader.load(path: arguments[1])
    report("load + validate \(dataset.actors.count) actors", key: "load", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1_000_000)
    explorerTimings(dataset, prefix: "", keys: scaleKeys, warmAhead: false)
    // Where Right from the default selection lands, so the tty run knows what to wait for.
    var moved = ExplorerSession(dataset: dataset, screen: Size(width: 120, height: 40))
    moved.send(.key(.right))
    labels["arrow_target"] = moved.selected?.name
    if json { printJSON() }
case "profile":
    // One load and one first frame, as `allymap` does before its first draw (for callgrind).
    let dataset = try! DatasetLoader.loadDefault()
    let derived = Derived(dataset: dataset)
    _ = derived.deferBaselineBands() // the explorer computes them on another thread
    let frame = ExplorerView(AppState(dataset: dataset, screen: Size(width: 120, height: 40)), derived).render()
    print("cells \(frame.width * frame.height)")
case "key":
    // One key of the list, many times, for a profiler: `bench key key_claims_open 200`.
    guard arguments.count >= 2, let sequence = benchKeys.first(where: { $0.0 == arguments[1] })?.1 else {
        FileHandle.standardError.write(Data("usage: bench key NAME [RUNS]; NAME is one of \(benchKeys.map(\.0).joined(separator: " "))\n".utf8)); exit(64)
    }
    let runs = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 51
    report(arguments[1], key: arguments[1], keyMilliseconds(try! DatasetLoader.loadDefault(), sequence, runs: runs))
    if json { printJSON() }
case "frames":
    // Only the steady-state frames, so a profiler sees nothing else.
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    let size = Size(width: numbers.first ?? 300, height: numbers.dropFirst().first ?? 100)
    let count = numbers.dropFirst(2).first ?? 200
    let dataset = try! DatasetLoader.loadDefault()
    let derived = Derived(dataset: dataset)
    let only = arguments.dropFirst().compactMap { Region(rawValue: $0) }
    for region in Region.allCases where only.isEmpty || only.contains(region) {
        let state = AppState(dataset: dataset, region: region, screen: size)
        report("full frame \(region.rawValue) \(size.width)x\(size.height)", key: "frame_\(region.rawValue)",
               medianMilliseconds(runs: count) { _ = ExplorerView(state, derived).frame() })
    }
default:
    if !json { print("allymap bench (\(ProcessInfo.processInfo.processorCount) cores)") }
    for section in sections {
        if !json { print(section.name) }
        section.run()
    }
    if json { printJSON() }
}

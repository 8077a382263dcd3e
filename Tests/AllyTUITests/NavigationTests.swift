import AllyModel
@testable import AllyTUI
import Testing

/// Arrows reach every ally, a region change gives the arrows back to the map, and a `c` with no
/// ally selected never lets the name typed next run as commands (issue 15, item 6).
@Suite struct NavigationTests {
    struct Place: MapPlace {
        var id: String
        var location: GeoPoint
        init(_ id: String, lat: Double, lon: Double) { (self.id, location) = (id, GeoPoint(lat: lat, lon: lon)) }
    }

    /// The ids reachable from `start` by pressing arrows in the explorer itself, breadth first.
    static func walk(_ session: ExplorerSession) -> Set<String> {
        var seen: Set<String> = [session.selectedID!]
        var queue = [session]
        while !queue.isEmpty {
            let s = queue.removeFirst()
            for key in [Key.left, .right, .up, .down] {
                var next = s
                next.press(key)
                if let id = next.selectedID, seen.insert(id).inserted { queue.append(next) }
            }
        }
        return seen
    }

    /// Pressing arrows from the region's first ally reaches every ally, and the region's moves
    /// connect every ally to every other (so no corner of the map is a trap).
    @Test(arguments: Region.allCases)
    func everyAllyOfARegionIsReachableByArrows(region: Region) {
        let s = AppState.fixture(width: 80, height: 24, region: region)
        let allies = Set(s.dataset.allies(in: region).map(\.id))
        let reached = Self.walk(s)
        #expect(reached == allies, "\(region): never reached \(allies.subtracting(reached).sorted())")
        #expect(s.derived.navigation(in: region)?.isStronglyConnected == true)
    }

    @Test func finlandIsReachedFromTheUnitedKingdom() {
        var s = AppState.fixture(region: .europe)
        s.select("uk")
        #expect(Self.walk(s).contains("finland"))
    }

    /// The review's data (22 allies, before the dataset grew): each region's moves connect.
    @Test(arguments: Region.allCases)
    func reviewEraAlliesAreConnected(region: Region) {
        let regions: [String: Region] = Dictionary(uniqueKeysWithValues: defaultDataset.allies.map { ($0.id, $0.region) })
        let places = MapFixtures.capitals.filter { $0.kind == .ally && (region == .world || regions[$0.id] == region) }
            .map { Place($0.id, lat: $0.point.lat, lon: $0.point.lon) }
        #expect(!places.isEmpty)
        #expect(NavigationGraph(places).isStronglyConnected)
    }

    /// An ally just off the line between two others: ↓ from the northern one goes straight to the
    /// southern one and ↑ back, so the greedy choice alone never lands on it.
    @Test func anAllyBetweenTwoOthersIsReachable() {
        let places = [Place("a", lat: 0.2, lon: -4.5), Place("b", lat: -6.3, lon: -4.5), Place("c", lat: -8.2, lon: 6.7),
                      Place("d", lat: -3.1, lon: -2.7)]
        let greedy = places.flatMap { p in Direction.allCases.compactMap { d in
            SpatialNavigation.target(from: p.location, id: p.id, order: nil, direction: d, among: places).map { places[$0].id }
        } }
        #expect(!greedy.contains("d"), "the case this test exists for: no greedy move reaches d")
        let graph = NavigationGraph(places)
        #expect(graph.isStronglyConnected)
        #expect(places.contains { p in Direction.allCases.contains { graph.next(from: p.id, $0) == "d" } })
    }

    @Test func alliesSharingACapitalAreBothReachable() {
        let places = [Place("east", lat: 0, lon: 10), Place("one", lat: 0, lon: 0), Place("two", lat: 0, lon: 0)]
        let graph = NavigationGraph(places)
        #expect(graph.isStronglyConnected)
        #expect(graph.next(from: "one", .right) == "two", "the later of two at one place lies a hair to the right")
        #expect(graph.next(from: "two", .left) == "one")
    }

    @Test func seededLayoutsAreAlwaysConnected() {
        var random = SplitMix(seed: 15)
        for trial in 0..<400 {
            let count = 2 + Int(random.next() % 30)
            let places = (0..<count).map { i -> Place in
                let lat = -40 + Double(random.next() % 10_000) / 100, lon = -20 + Double(random.next() % 17_000) / 100
                // Every third layout on a whole-degree grid: shared rows, columns and places.
                return trial % 3 == 0 ? Place("\(i)", lat: (lat / 10).rounded(), lon: (lon / 10).rounded()) : Place("\(i)", lat: lat, lon: lon)
            }
            #expect(NavigationGraph(places).isStronglyConnected, "layout \(trial)")
        }
    }

    /// A region's moves are not changed where nothing was unreachable: the graph agrees with the
    /// nearest-that-way rule on the built-in data.
    @Test(arguments: Region.allCases)
    func builtInMovesAreTheNearestThatWay(region: Region) {
        let allies = defaultDataset.allies(in: region)
        let graph = NavigationGraph(allies)
        for ally in allies {
            for d in Direction.allCases {
                #expect(graph.next(from: ally.id, d) == SpatialNavigation.next(from: ally, direction: d, among: allies)?.id)
            }
        }
    }

    // MARK: - Focus and prompts

    @Test(arguments: [Character("2"), "3", "0"])
    func aRegionChangeGivesTheArrowsBackToTheMap(key: Character) {
        var s = AppState.fixture()
        s.press(.tab, .tab, .tab)
        #expect(s.focus == .claims)
        s.press(.char(key))
        #expect(s.focus == .map)
        let moves = [Key.left, .up, .right, .down].map { key -> String? in
            var t = s
            t.press(key)
            return t.selectedID
        }
        #expect(moves.contains { $0 != s.selectedID }, "an arrow moves the selection on the map")
        s.press(.left, .up, .right, .down)
        #expect(s.scroll.isEmpty, "no pane scrolled")
    }

    @Test func aSearchIntoAnotherRegionGivesTheArrowsBackToTheMap() {
        var s = AppState.fixture()
        s.press(.tab, .tab)
        s.press(.char("/"))
        s.type("japan")
        s.press(.enter)
        #expect(s.region == .asia && s.focus == .map)
    }

    /// `/china Enter c jap Enter` used to open Taiwan's detail: the refused `c` let "jap" run as
    /// keys. Now `c` asks for the first ally, then for the one to compare it with.
    @Test func compareWithNoAllySelectedAsksForOneInsteadOfRunningTheName() {
        var s = AppState.fixture()
        s.press(.char("/"))
        s.type("china")
        s.press(.enter)
        #expect(s.selectedID == "china")
        s.press(.char("c"))
        guard case .search(let first) = s.mode else { Issue.record("c opens a prompt"); return }
        #expect(first.purpose == .compareFirst)
        s.type("jap")
        s.press(.enter)
        #expect(s.selectedID == "japan")
        guard case .search(let second) = s.mode else { Issue.record("then a prompt for the second ally"); return }
        #expect(second.purpose == .compare)
        #expect(ExplorerView(s).render().plainText.contains("compare Japan with:"))
        s.type("korea")
        s.press(.enter)
        #expect(s.mode == .compare(otherID: "south-korea"))
    }

    @Test func escapeCancelsTheFirstAllyPromptWithoutSideEffects() {
        var s = AppState.fixture()
        s.select("iran")
        s.press(.char("c"))
        s.type("jo")
        s.press(.escape)
        #expect(s.mode == .normal && s.selectedID == "iran" && s.region == .middleEast)
    }
}

/// A small seeded generator, so the layouts are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import AllyModel

/// Where each ally of a region is, as compact id-and-location pairs, built once per region.
///
/// The arrows compare the selection with every ally of the region; building full `Actor` values
/// for that on every key cost milliseconds at 100k actors. A reference type shared by copies of
/// the state, guarded by a lock; the dataset never changes for one explorer.
public final class AllyPlacesCache: @unchecked Sendable {
    /// An ally's id and capital.
    public struct Place: MapPlace, Sendable {
        public let id: String
        public let location: GeoPoint
    }

    private let lock = Lock()
    private var places: [Region: [Place]] = [:]
    private var graphs: [Region: NavigationGraph?] = [:]
    /// Above this many allies the arrows choose greedily per key: the graph costs O(n²) to build.
    static let maxGraphAllies = 512

    public init() {}

    /// The allies of `region` (all of them for the world), in dataset order.
    func allies(in region: Region, of dataset: Dataset) -> [Place] {
        lock.lock()
        defer { lock.unlock() }
        if let hit = places[region] { return hit }
        // As `dataset.allies(in:)` lists them, without copying whole actors.
        var built: [Place] = []
        let actors = dataset.actors
        for i in actors.indices where actors.kind(at: i) == .ally && (region == .world || actors.region(at: i) == region) {
            built.append(Place(id: actors.id(at: i), location: actors.location(at: i)))
        }
        places[region] = built
        return built
    }

    /// The arrows' moves between the allies of `region`, built on first use; nil for regions of
    /// more than `maxGraphAllies` allies.
    func graph(in region: Region, of dataset: Dataset) -> NavigationGraph? {
        let allies = allies(in: region, of: dataset)
        lock.lock()
        if let hit = graphs[region] { lock.unlock(); return hit }
        lock.unlock()
        let built = allies.count <= Self.maxGraphAllies ? NavigationGraph(allies) : nil
        lock.lock()
        graphs[region] = .some(built)
        lock.unlock()
        return built
    }
}

import AllyModel

/// The explorer's map markers per (region, pane size), kept between frames.
///
/// Which actors are marked depends only on the dataset, the region and the pane size, so it is
/// worked out once (`MarkerCulling`, O(actors)) and reused by every frame and key; risk colours
/// and the selected marker are added per frame. A reference type shared by copies of the state,
/// guarded by a lock; it holds a few entries of at most a few hundred markers.
public final class MapMarkerCache: @unchecked Sendable {
    struct Key: Hashable {
        var region: Region
        var columns: Int
        var rows: Int
    }

    /// The markers of one pane, and which of them are allies of the region lying beyond it.
    struct Entry {
        var markers: [MapMarker]
        var offFrame: Set<String>
    }

    private let lock = Lock()
    private var entries: [Key: Entry] = [:]
    private var sites: MarkerSites?
    private static let capacity = 16
    /// Edge arrows at most per pane: enough for a region's far-flung allies, never a wall of arrows.
    static let maxOffFrame = 16

    public init() {}

    /// Markers (without risk levels) for the actors shown on a pane of `columns` × `rows` cells:
    /// those in view, then the region's allies beyond it (drawn as arrows at the edge).
    func markers(for dataset: Dataset, region: Region, columns: Int, rows: Int) -> [MapMarker] {
        entry(for: dataset, region: region, columns: columns, rows: rows).markers
    }

    /// The ids of the region's allies whose place lies beyond such a pane.
    func offFrame(for dataset: Dataset, region: Region, columns: Int, rows: Int) -> Set<String> {
        entry(for: dataset, region: region, columns: columns, rows: rows).offFrame
    }

    private func entry(for dataset: Dataset, region: Region, columns: Int, rows: Int) -> Entry {
        let key = Key(region: region, columns: columns, rows: rows)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let viewport = MapViewport(frame: region.frame, columns: columns, rows: rows)
        let positions = MarkerCulling.positions(of: sites(of: dataset), viewport: viewport)
        var markers = positions.map { MapMarker(dataset: dataset, actor: dataset.actors[$0]) }
        // Every ally of a region belongs on its map: those beyond the frame get an arrow.
        // Read by position: building every ally of a region first held tens of thousands of
        // whole actors at once at 100k actors, for the few that lie beyond the frame.
        let actors = dataset.actors
        let beyond: [Actor] = region == .world ? []
            : dataset.allyPositions(in: region).lazy.filter { viewport.cell(of: actors.location(at: $0)) == nil }
                .prefix(Self.maxOffFrame).map { actors[$0] }
        markers += beyond.map { MapMarker(dataset: dataset, actor: $0) }
        let made = Entry(markers: markers, offFrame: Set(beyond.map(\.id)))
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }

    /// The dataset's marker sites, read once for all regions and sizes.
    private func sites(of dataset: Dataset) -> MarkerSites {
        lock.lock()
        defer { lock.unlock() }
        if let sites { return sites }
        let made = MarkerSites(dataset)
        sites = made
        return made
    }
}

extension MapMarker {
    /// A marker for an actor of `dataset` at its capital, nuclear status from its indicators.
    init(dataset: Dataset, actor: Actor, level: RiskLevel? = nil) {
        self.init(actor: actor, nuclear: NuclearStatus(of: actor.id, in: dataset).armed ?? false, level: level)
    }
}

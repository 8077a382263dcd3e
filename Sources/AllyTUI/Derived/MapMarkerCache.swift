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

    private let lock = Lock()
    private var entries: [Key: [MapMarker]] = [:]
    private var sites: MarkerSites?
    private static let capacity = 16

    public init() {}

    /// Markers (without risk levels) for the actors shown on a pane of `columns` × `rows` cells.
    func markers(for dataset: Dataset, region: Region, columns: Int, rows: Int) -> [MapMarker] {
        let key = Key(region: region, columns: columns, rows: rows)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let viewport = MapViewport(frame: region.frame, columns: columns, rows: rows)
        let positions = MarkerCulling.positions(of: sites(of: dataset), viewport: viewport)
        let markers = positions.map { MapMarker(dataset: dataset, actor: dataset.actors[$0]) }
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = markers
        lock.unlock()
        return markers
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

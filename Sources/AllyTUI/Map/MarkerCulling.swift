import AllyModel

/// Chooses which actors of a dataset get a marker on a map pane.
///
/// Actors whose capital falls outside the pane are dropped (the placer would skip them anyway).
/// When more actors remain than a pane can show legibly, the map keeps, in each block of
/// `blockSize` cells, only the most important actor (ties: the lowest id, as `MarkerPlacer`
/// orders them), so a map of 100,000 actors shows an even scatter of the most important ones
/// instead of paying to place and score markers no one could tell apart. The built-in data is
/// far below `thinningThreshold`, so its maps are exactly as before.
enum MarkerCulling {
    /// In-view actors above which the map is thinned.
    static let thinningThreshold = 256
    /// One marker per block of this many columns and rows when thinning: room for a short label.
    static let blockSize = (columns: 6, rows: 3)

    /// Positions in `sites` (= in `dataset.actors`) of the actors to mark on a pane of
    /// `viewport`'s size, in dataset order.
    static func positions(of sites: MarkerSites, viewport: MapViewport) -> [Int] {
        var inView: [(position: Int, cell: CellPoint)] = []
        for (i, location) in sites.locations.enumerated() {
            if let cell = viewport.cell(of: location) { inView.append((i, cell)) }
        }
        guard inView.count > thinningThreshold else { return inView.map(\.position) }
        let blockColumns = (viewport.dotWidth / 2 + blockSize.columns - 1) / blockSize.columns
        let blockRows = (viewport.dotHeight / 4 + blockSize.rows - 1) / blockSize.rows
        var best = [Int](repeating: -1, count: blockColumns * blockRows)
        for (position, cell) in inView {
            let block = (cell.y / blockSize.rows) * blockColumns + cell.x / blockSize.columns
            let current = best[block]
            if current >= 0 {
                let (rank, currentRank) = (sites.importance[position], sites.importance[current])
                if rank < currentRank || (rank == currentRank && sites.ids[position] >= sites.ids[current]) { continue }
            }
            best[block] = position
        }
        return best.filter { $0 >= 0 }.sorted()
    }
}

/// Every actor's id, capital and marker importance, in dataset order: what culling reads, kept
/// apart from the full `Actor` values so a pass over 100k actors touches little memory.
struct MarkerSites: Sendable {
    let ids: [String]
    let locations: [GeoPoint]
    let importance: [Int]

    init(_ dataset: Dataset) {
        var ids: [String] = [], locations: [GeoPoint] = [], importance: [Int] = []
        ids.reserveCapacity(dataset.actors.count)
        locations.reserveCapacity(dataset.actors.count)
        importance.reserveCapacity(dataset.actors.count)
        let actors = dataset.actors
        for i in actors.indices {
            let id = actors.id(at: i)
            ids.append(id)
            locations.append(actors.location(at: i))
            // Only an adversary's importance depends on its arsenal, so only adversaries pay the lookup.
            let kind = actors.kind(at: i)
            let nuclear = kind == .adversary && NuclearStatus(of: id, in: dataset).armed == true
            importance.append(MapMarker.defaultImportance(kind: kind, nuclear: nuclear))
        }
        (self.ids, self.locations, self.importance) = (ids, locations, importance)
    }
}

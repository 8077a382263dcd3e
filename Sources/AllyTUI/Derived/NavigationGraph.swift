import AllyModel

/// Where each arrow leads from each ally of a region, worked out for the whole region at once so
/// that every ally can be reached from every other.
///
/// Each move is `SpatialNavigation`'s nearest ally that way. Those greedy choices can leave an
/// ally out (one just off the line between two neighbours is skipped by both); when they do,
/// the allies are chained west to east: `→` from each leads to the next one eastward and `←`
/// back, wherever the two could not already reach each other. A region's moves only change when
/// they had to, so on the built-in data (already connected) every arrow does what it did.
public struct NavigationGraph: Sendable {
    public let ids: [String]
    private let index: [String: Int]
    /// Per ally, the index of the ally each direction leads to (`Direction.allCases` order).
    private var moves: [[Int?]]

    /// The moves between `places` (a region's allies).
    public init<Place: MapPlace>(_ places: [Place]) {
        ids = places.map(\.id)
        index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        moves = places.enumerated().map { i, place in
            Direction.allCases.map { SpatialNavigation.target(from: place.location, id: place.id, order: i, direction: $0, among: places) }
        }
        if !isStronglyConnected { chain(places) }
    }

    /// Whether `id` is one of the graph's allies.
    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// Where an arrow leads from `id`: another ally's id, or nil when nothing lies that way.
    public func next(from id: String, _ direction: Direction) -> String? {
        guard let i = index[id], let d = Direction.allCases.firstIndex(of: direction), let j = moves[i][d] else { return nil }
        return ids[j]
    }

    /// Whether every ally can be reached from every other by arrows alone.
    public var isStronglyConnected: Bool {
        guard !ids.isEmpty else { return true }
        return reachable(from: 0, reversed: false).count == ids.count && reachable(from: 0, reversed: true).count == ids.count
    }

    /// The allies reachable from `start` (with `reversed`, those that can reach it).
    func reachable(from start: Int, reversed: Bool) -> Set<Int> {
        var incoming: [[Int]] = []
        if reversed {
            incoming = Array(repeating: [], count: ids.count)
            for (i, row) in moves.enumerated() { for j in row.compactMap({ $0 }) { incoming[j].append(i) } }
        }
        var seen: Set<Int> = [start], stack = [start]
        while let i = stack.popLast() {
            for j in reversed ? incoming[i] : moves[i].compactMap({ $0 }) where seen.insert(j).inserted { stack.append(j) }
        }
        return seen
    }

    // MARK: - Repair

    private mutating func chain<Place: MapPlace>(_ places: [Place]) {
        let right = Direction.allCases.firstIndex(of: .right)!, left = Direction.allCases.firstIndex(of: .left)!
        let order = places.indices.sorted {
            (places[$0].location.lon, places[$0].location.lat, $0) < (places[$1].location.lon, places[$1].location.lat, $1)
        }
        for (a, b) in zip(order, order.dropFirst()) {
            if reachable(from: a, reversed: false).contains(b) && reachable(from: b, reversed: false).contains(a) { continue }
            moves[a][right] = b
            moves[b][left] = a
        }
        // Replacing a move can cut off what it used to reach; the full chain never does.
        if !isStronglyConnected {
            for (a, b) in zip(order, order.dropFirst()) { moves[a][right] = b; moves[b][left] = a }
        }
    }
}

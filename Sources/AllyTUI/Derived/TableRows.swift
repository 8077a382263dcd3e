import AllyModel

extension AppState {
    /// The table's rows as the state asks for them.
    public var tableQuery: TableQuery {
        TableQuery(region: region, scenarioIndex: scenarioIndex, sort: table.sort, filter: table.filter,
                   showsAdversaries: table.showsAdversaries)
    }
}

/// The table's rows for one query: actor ids in display order, and what the view needs to lay
/// them out without visiting every row each frame.
public struct TableRows: Sendable {
    public var ids: [String] = []
    /// How many rows are allies (the rest are adversaries and armed groups).
    public var allies = 0
    /// The widest name, in columns (at most `TableLayout.maximumName`: wider ones are cut).
    public var longestName = 0

    /// Where the actor `id` is in the rows.
    public func index(of id: String?) -> Int? { id.flatMap { ids.firstIndex(of: $0) } }
    public var count: Int { ids.count }
}

/// The table's rows, remembered for the last few queries.
///
/// Sorting by a score scores every listed ally once; the order is kept here so moving the cursor
/// or redrawing reuses it. A reference type shared by copies of the state, guarded by a lock.
final class TableRowsCache: @unchecked Sendable {
    private let lock = Lock()
    private var entries: [TableQuery: TableRows] = [:]
    private static let capacity = 4

    func rows(for query: TableQuery, build: () -> TableRows) -> TableRows {
        lock.lock()
        if let hit = entries[query] { lock.unlock(); return hit }
        lock.unlock()
        let rows = build()
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[query] = rows
        lock.unlock()
        return rows
    }
}

extension Derived {
    /// The table's rows for `query`, in display order.
    public func tableRows(_ query: TableQuery) -> TableRows {
        tableRowsCache.rows(for: query) { TableRowBuilder(derived: self, query: query).build() }
    }
}

/// Lists, filters and sorts the table's actors.
struct TableRowBuilder {
    let derived: Derived
    let query: TableQuery

    func build() -> TableRows {
        let dataset = derived.dataset
        var ids = derived.navigableAllies(in: query.region).map(\.id)
        if query.showsAdversaries {
            dataset.actors.withUnsafeBufferPointer { actors in
                for a in actors where a.kind.isThreat && (query.region == .world || a.region == query.region) { ids.append(a.id) }
            }
        }
        if !query.filter.isEmpty {
            let kinds: Set<ActorKind> = query.showsAdversaries ? [.ally, .adversary, .nonstate] : [.ally]
            let matching = Set(derived.matches(query.filter, kinds: kinds))
            ids = ids.filter(matching.contains)
        }
        return sorted(ids)
    }

    private func sorted(_ ids: [String]) -> TableRows {
        let assessment = derived.assessment(query.scenarioIndex)
        var rows = TableRows()
        let entries: [Entry] = ids.map { id in
            let actor = derived.dataset.actor(id)
            if actor?.kind == .ally { rows.allies += 1 }
            if rows.longestName < TableLayout.maximumName { rows.longestName = max(rows.longestName, DisplayWidth.of(actor?.name ?? id)) }
            return Entry(id: id, value: Self.value(query.sort.column, of: id, actor: actor, assessment), name: Dataset.fold(actor?.name ?? id))
        }
        rows.ids = order(entries)
        return rows
    }

    /// One row's sort keys: a value (nil sorts last either way), then the name A to Z.
    private struct Entry {
        let id: String
        let value: Double?
        let name: String
    }

    private func order(_ entries: [Entry]) -> [String] {
        let sort = query.sort
        let textual = sort.column == .ally || sort.column == .region
        return entries.sorted { a, b in
            switch (a.value, b.value) {
            case let (x?, y?) where x != y:
                return sort.descending ? x > y : x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                // Equal values (or none) read by name; a name sort reverses here.
                if a.name != b.name { return textual && sort.descending ? a.name > b.name : a.name < b.name }
                return a.id < b.id
            }
        }.map(\.id)
    }

    /// The number a column sorts by; nil for rows without one (unscored allies, adversaries).
    static func value(_ column: TableColumn, of id: String, actor: Actor?, _ assessment: Assessment) -> Double? {
        switch column {
        case .ally:
            return 0 // by name alone
        case .region:
            return actor.flatMap { Region.allCases.firstIndex(of: $0.region) }.map(Double.init)
        case .reliance, .commitment, .exposure, .risk:
            guard actor?.kind == .ally, let kind = column.scoreKind else { return nil }
            return assessment.score(id)?.breakdown(kind).total
        case .level:
            guard actor?.kind == .ally, let scores = assessment.score(id) else { return nil }
            // Level first, the risk score within a level (unknown levels after every known one).
            let rank: Double
            switch RiskLevel(scores.risk) {
            case .high: rank = 3
            case .medium: rank = 2
            case .low: rank = 1
            case .unknown: return nil
            }
            return rank * 1000 + (scores.risk.total ?? 0)
        case .change:
            guard actor?.kind == .ally else { return nil }
            return TableCells.riskChange(of: id, assessment).map { abs($0) }
        case .known:
            guard actor?.kind == .ally else { return nil }
            return assessment.score(id)?.risk.coverage
        }
    }
}

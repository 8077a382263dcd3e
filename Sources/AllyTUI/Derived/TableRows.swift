import AllyModel

extension AppState {
    /// The table's rows as the state asks for them.
    public var tableQuery: TableQuery {
        TableQuery(region: region, scenarioIndex: scenarioIndex, sort: tableSort, filter: table.filter,
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

/// Every actor's place in A-to-Z order of folded names (ties by id), worked out once per
/// dataset: sorting rows by name, or breaking a tie between scores by name, then compares two
/// integers instead of folding names (a fold costs about a microsecond; 100k actors are many).
final class NameRanksCache: @unchecked Sendable {
    private let lock = Lock()
    private var ranks: [Int32]?

    func ranks(for dataset: Dataset) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let ranks { return ranks }
        let actors = dataset.actors
        // The folded names in one byte array (name i is bytes[starts[i]..<starts[i + 1]]): an
        // array per name was 100k allocations and 4.7 MB at 100k actors.
        var bytes: [UInt8] = [], starts: [Int32] = [0]
        starts.reserveCapacity(actors.count + 1)
        for i in actors.indices {
            let name = actors.name(at: i)
            if !SearchFolding.appendFoldedASCII(name, to: &bytes) { bytes += SearchFolding.fold(name).utf8 }
            starts.append(Int32(bytes.count))
        }
        let order = bytes.withUnsafeBufferPointer { all in
            func key(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])]) }
            return Array(actors.indices).sorted { a, b in
                let (x, y) = (key(a), key(b))
                return x.elementsEqual(y) ? actors.id(at: a) < actors.id(at: b) : x.lexicographicallyPrecedes(y)
            }
        }
        var built = [Int32](repeating: 0, count: actors.count)
        for (rank, i) in order.enumerated() { built[i] = Int32(rank) }
        ranks = built
        return built
    }
}

/// Lists, filters and sorts the table's actors, working on their positions in the dataset.
struct TableRowBuilder {
    let derived: Derived
    let query: TableQuery

    /// One row's sort keys: a value (nil sorts last either way), then the name A to Z.
    private struct Entry {
        let index: Int32
        let value: Double?
        let rank: Int32
    }

    func build() -> TableRows {
        let dataset = derived.dataset
        let ranks = derived.nameRanks.ranks(for: dataset)
        let assessment = derived.assessment(query.scenarioIndex)
        let kinds: Set<ActorKind> = query.showsAdversaries ? [.ally, .adversary, .nonstate] : [.ally]
        let matching: Set<String>? = query.filter.isEmpty ? nil : Set(derived.matches(query.filter, kinds: kinds))
        var rows = TableRows()
        var entries: [Entry] = []
        let column = query.sort.column
        let actors = dataset.actors
        // Fields are read one by one: rebuilding whole actors from the packed table was
        // most of the time at 100k actors.
        for i in actors.indices {
            let kind = actors.kind(at: i), region = actors.region(at: i)
            guard kinds.contains(kind), query.region == .world || region == query.region else { continue }
            if let matching, !matching.contains(actors.id(at: i)) { continue }
            if kind == .ally { rows.allies += 1 }
            if rows.longestName < TableLayout.maximumName { rows.longestName = max(rows.longestName, DisplayWidth.of(actors.name(at: i))) }
            let value: Double?
            switch column {
            case .ally: value = Double(ranks[i])
            case .region: value = Double(Region.allCases.firstIndex(of: region) ?? Region.allCases.count) * Double(actors.count) + Double(ranks[i])
            default: value = kind == .ally ? Self.value(column, ofAlly: actors.id(at: i), assessment) : nil
            }
            entries.append(Entry(index: Int32(i), value: value, rank: ranks[i]))
        }
        let descending = query.sort.descending
        entries.sort { a, b in
            switch (a.value, b.value) {
            case let (x?, y?) where x != y: return descending ? x > y : x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.rank < b.rank
            }
        }
        rows.ids = entries.map { actors.id(at: Int($0.index)) }
        return rows
    }

    /// The number a score column sorts an ally by; nil when it has none.
    static func value(_ column: TableColumn, ofAlly id: String, _ assessment: Assessment) -> Double? {
        switch column {
        case .ally, .region:
            return nil // by name and region: worked out from positions in `build`
        case .reliance, .commitment, .exposure, .risk:
            return column.scoreKind.flatMap { assessment.score(id)?.breakdown($0).total }
        case .level:
            guard let scores = assessment.score(id) else { return nil }
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
            return TableCells.riskChange(of: id, assessment).map { Double(abs($0)) }
        case .known:
            return assessment.score(id)?.risk.coverage
        }
    }
}

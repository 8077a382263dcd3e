/// A dataset's timeline events, read as a collection of `TimelineEvent` values but stored packed.
///
/// Each row is 68 bytes of references into one text arena and a shared source list, instead of
/// a 160-byte `TimelineEvent` plus a heap string per long id or title and an array per list of
/// parties. Values are rebuilt on access.
public struct EventTable: RandomAccessCollection, Sendable, Equatable {
    private var rows: [PackedEvent] = []
    private var texts = TextArena()
    private var sources = SourceList()
    private var ids = IDIndex()

    public init() {}

    public init(_ events: some Sequence<TimelineEvent>) {
        var builder = Builder()
        for e in events { builder.append(e) }
        self = builder.table
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(i: Int) -> TimelineEvent {
        let r = rows[i]
        return TimelineEvent(id: texts[r.id], date: date(of: r), title: texts[r.title], region: r.region,
                             actor: texts[r.actor], target: texts[r.target], others: texts[r.others], kind: r.kind,
                             summary: texts[r.summary], source: sources[r.source])
    }

    public func id(at i: Int) -> String { texts[rows[i].id] }
    public func date(at i: Int) -> Period { date(of: rows[i]) }
    public func source(at i: Int) -> Source { sources[rows[i].source] }

    /// Where the event with this id is (its first row, should the data repeat an id).
    public func position(of id: String) -> Int? {
        ids.position(of: id, texts: texts) { rows[$0].id }
    }

    /// Every actor id taking part in event `i`, as `TimelineEvent.actors` lists them.
    public func parties(at i: Int) -> [String] {
        let r = rows[i]
        let actor = texts[r.actor]
        if r.target.count == 0 { return actor }
        return actor + texts[r.target].filter { !actor.contains($0) }
    }

    private func date(of r: PackedEvent) -> Period {
        Period(parsed: texts[r.date], first: Int(r.firstYear), last: Int(r.lastYear))
    }

    /// Sorts the events by their dates' text, as `sort { $0.date.text < $1.date.text }` would
    /// (the same algorithm on the same order, so ties land alike), moving rows and not values.
    mutating func sortByDate() {
        let texts = self.texts
        rows.sort { texts.less($0.date, $1.date) }
        indexIDs()
    }

    private mutating func indexIDs() {
        let rows = self.rows
        ids = IDIndex(count: rows.count, texts: texts) { rows[$0].id }
    }

    public static func == (a: EventTable, b: EventTable) -> Bool { a.elementsEqual(b) }

    /// Fills a table row by row.
    struct Builder {
        private var building = EventTable()
        /// Summaries repeat (the synthetic data has one for all), so each distinct one is stored once.
        private var summaries: [String: TextArena.Text] = [:]

        /// The table, trimmed to size when much reserved capacity is unused.
        var table: EventTable {
            var done = building
            if done.rows.capacity > done.rows.count + done.rows.count / 8 + 16 {
                done.rows = done.rows.withUnsafeBufferPointer { Array($0) }
            }
            done.texts = done.texts.trimmed()
            done.sources = done.sources.finished()
            done.indexIDs()
            return done
        }

        /// Room for `n` events, their texts estimated from the events so far.
        mutating func reserveCapacity(_ n: Int) {
            building.texts.reserveCapacity(rows: n, rowsSoFar: building.rows.count, minimumBytesPerRow: 32)
            building.rows.reserveCapacity(n)
        }

        mutating func append(_ e: TimelineEvent) {
            let id = building.texts.append(e.id), title = building.texts.append(e.title)
            let date = building.texts.append(e.date.text)
            let summary: TextArena.Text
            if let known = summaries[e.summary] { summary = known } else {
                summary = building.texts.append(e.summary)
                summaries[e.summary] = summary
            }
            let actor = building.texts.append(list: e.actor), target = building.texts.append(list: e.target)
            let others = building.texts.append(list: e.others)
            building.rows.append(PackedEvent(
                id: id, title: title, summary: summary, date: date, actor: actor, target: target, others: others,
                firstYear: Int16(clamping: e.date.first), lastYear: Int16(clamping: e.date.last),
                source: building.sources.add(e.source), region: e.region, kind: e.kind))
        }
    }
}

/// One event as references into its table's text arena and source list.
private struct PackedEvent: Sendable {
    var id, title, summary, date: TextArena.Text
    var actor, target, others: TextArena.List
    /// Years are 1900...2100 (`Period.validYears`).
    var firstYear, lastYear: Int16
    var source: UInt32
    var region: Region
    var kind: EventKind
}

/// A dataset's indicators, read as a collection of `Indicator` values but stored compactly.
///
/// Indicators are most of a dataset (five or more per actor) and their text repeats: the same
/// keys, units, years and sources on row after row. Each row here is 32 bytes of indexes into
/// shared tables instead of a 160-byte `Indicator` of seven strings, which is what keeps a
/// 100k-actor dataset within its memory budget. Values are rebuilt on access.
public struct IndicatorTable: RandomAccessCollection, Sendable, Equatable {
    private var rows: [PackedIndicator] = []
    /// Every distinct text (actor ids, keys, units, notes, text values); index 0 is "".
    private var strings: [String] = [""]
    private var periods: [Period] = []
    private var sources: [Source] = []

    public init() {}

    public init(_ indicators: some Sequence<Indicator>) {
        var builder = Builder()
        for x in indicators { builder.append(x) }
        self = builder.table
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(i: Int) -> Indicator {
        let r = rows[i]
        return Indicator(actor: strings[Int(r.actor)], key: IndicatorKey(strings[Int(r.key)]), value: value(of: r),
                         unit: strings[Int(r.unit)], period: r.period == 0 ? nil : periods[Int(r.period - 1)],
                         source: sources[Int(r.source)], note: strings[Int(r.note)])
    }

    private func value(of r: PackedIndicator) -> IndicatorValue {
        switch r.kind {
        case .number: .number(Double(bitPattern: r.value))
        case .unknown: .unknown
        case .text: .text(strings[Int(r.value)])
        }
    }

    /// Every distinct text the rows use (strings, source names and urls), each once: checking
    /// these checks every row's text.
    var distinctTexts: [String] { strings + sources.flatMap { [$0.name, $0.url] } }

    /// The actor id of row `i`, without building the whole indicator.
    func actor(at i: Int) -> String { strings[Int(rows[i].actor)] }

    /// The key of row `i`, without building the whole indicator.
    func key(at i: Int) -> String { strings[Int(rows[i].key)] }

    // Row fields as indexes into `distinctStrings` and `distinctSources`, so that a check whose
    // answer depends only on a text is made once per distinct text, not once per row.

    var distinctStrings: [String] { strings }
    var distinctSources: [Source] { sources }
    func actorRef(at i: Int) -> Int { Int(rows[i].actor) }
    func keyRef(at i: Int) -> Int { Int(rows[i].key) }
    func unitRef(at i: Int) -> Int { Int(rows[i].unit) }
    func sourceRef(at i: Int) -> Int { Int(rows[i].source) }
    func hasPeriod(at i: Int) -> Bool { rows[i].period != 0 }
    func value(at i: Int) -> IndicatorValue { value(of: rows[i]) }

    /// Each distinct string's position among the actors (-1 when it names none), looked up
    /// once per distinct id instead of once per row.
    func actorPositions(_ position: (String) -> Int?) -> [Int32] {
        var used = [Bool](repeating: false, count: strings.count)
        for r in rows { used[Int(r.actor)] = true }
        return strings.indices.map { used[$0] ? Int32(position(strings[$0]) ?? -1) : -1 }
    }

    /// The rows grouped by the actor they describe.
    func groupedByActor(actorCount: Int, position: (String) -> Int?) -> ActorGroups {
        let at = actorPositions(position)
        return ActorGroups(actorCount: actorCount, items: rows.count, owner: { at[Int(rows[$0].actor)] }, id: actor(at:))
    }

    public static func == (a: IndicatorTable, b: IndicatorTable) -> Bool { a.elementsEqual(b) }

    /// Fills a table, storing each distinct string, period and source once.
    struct Builder {
        private var building = IndicatorTable()

        /// The table, its rows trimmed to size when much capacity is unused.
        var table: IndicatorTable {
            var done = building
            if done.rows.capacity > done.rows.count + done.rows.count / 8 + 16 {
                done.rows = done.rows.withUnsafeBufferPointer { Array($0) }
            }
            return done
        }
        /// Finds a string among `strings`: open addressing, at most half full, a slot holding
        /// the string's hash in its high 32 bits and its index in the low 32 (0 is empty, as
        /// index 0 is "" and never looked up). A `[String: UInt32]` of 100k actor ids was 8 MB;
        /// this is 2.
        private var stringSlots = [UInt64](repeating: 0, count: 1024)
        private var periodIndex: [Period: UInt32] = [:]
        private var sourceIndex: [Source: UInt32] = [:]
        /// The previous row's values and their indexes: consecutive rows mostly share their
        /// actor, source and year, and comparing a string with itself (same storage, as the loader
        /// interns them) is far cheaper than hashing it.
        private var recent = Recent()

        private struct Recent {
            var actor = ("", UInt32(0)), unit = ("", UInt32(0))
            var source: (Source, UInt32)?
            var period: (Period, UInt32)?
        }

        mutating func reserveCapacity(_ n: Int) { building.rows.reserveCapacity(n) }

        mutating func append(_ x: Indicator) {
            var row = PackedIndicator()
            row.actor = x.actor == recent.actor.0 ? recent.actor.1 : string(x.actor)
            recent.actor = (x.actor, row.actor)
            row.key = string(x.key.rawValue)
            switch x.value {
            case .number(let d): (row.kind, row.value) = (.number, d.bitPattern)
            case .unknown: row.kind = .unknown
            case .text(let t): (row.kind, row.value) = (.text, UInt64(string(t)))
            }
            row.unit = x.unit == recent.unit.0 ? recent.unit.1 : string(x.unit)
            recent.unit = (x.unit, row.unit)
            row.note = string(x.note)
            if let p = x.period {
                if let (last, i) = recent.period, last == p { row.period = i } else if let i = periodIndex[p] { row.period = i } else {
                    building.periods.append(p)
                    precondition(building.periods.count < PackedIndicator.periodLimit, "more distinct periods than an indicator row can index")
                    row.period = UInt32(building.periods.count)
                    periodIndex[p] = row.period
                }
                recent.period = (p, row.period)
            }
            if let (last, i) = recent.source, last == x.source { row.source = i } else if let i = sourceIndex[x.source] { row.source = i } else {
                row.source = UInt32(building.sources.count)
                building.sources.append(x.source)
                sourceIndex[x.source] = row.source
            }
            recent.source = (x.source, row.source)
            building.rows.append(row)
        }

        private mutating func string(_ s: String) -> UInt32 {
            if s.isEmpty { return 0 }
            var s = s
            let hash = s.withUTF8 { IDIndex.hash($0) }
            let mask = stringSlots.count - 1
            // The high bits pick the slot, as they are all a slot keeps for growing.
            var i = Int(hash >> 32) & mask
            while stringSlots[i] != 0 {
                let k = Int(stringSlots[i] & 0xFFFF_FFFF)
                if stringSlots[i] >> 32 == hash >> 32 && building.strings[k] == s { return UInt32(k) }
                i = (i + 1) & mask
            }
            let k = building.strings.count
            building.strings.append(s)
            stringSlots[i] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(k)
            if k * 2 >= stringSlots.count { growSlots() }
            return UInt32(k)
        }

        private mutating func growSlots() {
            var slots = [UInt64](repeating: 0, count: stringSlots.count * 2)
            let mask = slots.count - 1
            for slot in stringSlots where slot != 0 {
                var i = Int(truncatingIfNeeded: slot >> 32) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = slot
            }
            stringSlots = slots
        }
    }
}

/// One indicator in 32 bytes: its value and indexes into its table's shared strings, periods
/// and sources.
private struct PackedIndicator: Sendable {
    /// A number's bits, or a string index for a text value.
    var value: UInt64 = 0
    var actor: UInt32 = 0
    var key: UInt32 = 0
    var unit: UInt32 = 0
    var note: UInt32 = 0
    var source: UInt32 = 0
    /// The value's kind in the top two bits, and a 1-based index into the periods below them
    /// (0 when the indicator has none).
    private var kindAndPeriod: UInt32 = 0

    enum Kind: UInt32 { case number = 0, text = 1, unknown = 2 }

    static let periodLimit = 1 << 30

    var kind: Kind {
        get { Kind(rawValue: kindAndPeriod >> 30) ?? .unknown }
        set { kindAndPeriod = newValue.rawValue << 30 | period }
    }

    var period: UInt32 {
        get { kindAndPeriod & 0x3FFF_FFFF }
        set { kindAndPeriod = kindAndPeriod & 0xC000_0000 | newValue }
    }
}

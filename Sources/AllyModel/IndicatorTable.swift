/// A dataset's indicators, read as a collection of `Indicator` values but stored compactly.
///
/// Indicators are most of a dataset (five or more per actor) and their text repeats: the same
/// keys, units, years and sources on row after row. Each row here is 40 bytes of indexes into
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
        let value: IndicatorValue
        switch r.text {
        case PackedIndicator.numberValue: value = .number(r.number)
        case PackedIndicator.unknownValue: value = .unknown
        default: value = .text(strings[Int(r.text)])
        }
        return Indicator(actor: strings[Int(r.actor)], key: IndicatorKey(strings[Int(r.key)]), value: value,
                         unit: strings[Int(r.unit)], period: r.period == 0 ? nil : periods[Int(r.period - 1)],
                         source: sources[Int(r.source)], note: strings[Int(r.note)])
    }

    /// Every distinct text the rows use (strings, source names and urls), each once: checking
    /// these checks every row's text.
    var distinctTexts: [String] { strings + sources.flatMap { [$0.name, $0.url] } }

    /// The actor id of row `i`, without building the whole indicator.
    func actor(at i: Int) -> String { strings[Int(rows[i].actor)] }

    /// The key of row `i`, without building the whole indicator.
    func key(at i: Int) -> String { strings[Int(rows[i].key)] }

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
        private var stringIndex: [String: UInt32] = ["": 0]
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
            case .number(let d): (row.text, row.number) = (PackedIndicator.numberValue, d)
            case .unknown: row.text = PackedIndicator.unknownValue
            case .text(let t): row.text = string(t)
            }
            row.unit = x.unit == recent.unit.0 ? recent.unit.1 : string(x.unit)
            recent.unit = (x.unit, row.unit)
            row.note = string(x.note)
            if let p = x.period {
                if let (last, i) = recent.period, last == p { row.period = i } else if let i = periodIndex[p] { row.period = i } else {
                    building.periods.append(p)
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
            if let i = stringIndex[s] { return i }
            let i = UInt32(building.strings.count)
            building.strings.append(s)
            stringIndex[s] = i
            return i
        }
    }
}

/// One indicator as indexes into its table's shared strings, periods and sources.
private struct PackedIndicator: Sendable {
    var number: Double = 0
    var actor: UInt32 = 0
    var key: UInt32 = 0
    /// A string index for a text value, or one of the two markers below.
    var text: UInt32 = 0
    var unit: UInt32 = 0
    var note: UInt32 = 0
    /// 1-based index into the periods; 0 when the indicator has none.
    var period: UInt32 = 0
    var source: UInt32 = 0

    static let numberValue = UInt32.max
    static let unknownValue = UInt32.max - 1
}

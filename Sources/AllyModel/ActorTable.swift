/// A dataset's actors, read as a collection of `Actor` values but stored packed.
///
/// Each row is 88 bytes of references into one text arena and a shared source list (plus
/// 4 to 8 bytes in the index by id), instead of
/// a 176-byte `Actor` plus a heap string per long name or capital and an array per list: at 100k
/// actors that halves their memory. Values are rebuilt on access; the field accessors read one
/// field without building the whole actor, for loops over every actor.
public struct ActorTable: RandomAccessCollection, Sendable, Equatable {
    private var rows: [PackedActor] = []
    private var texts = TextArena()
    private var sources = SourceList()
    private var ids = IDIndex()

    public init() {}

    public init(_ actors: some Sequence<Actor>) {
        var builder = Builder()
        for a in actors { builder.append(a) }
        self = builder.table
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(i: Int) -> Actor {
        let r = rows[i]
        return Actor(id: texts[r.id], name: texts[r.name], kind: r.kind, region: r.region, iso2: texts[r.iso2],
                     iso3: texts[r.iso3], capital: texts[r.capital], location: r.location,
                     adversaries: texts[r.adversaries], aliases: texts[r.aliases], host: texts[r.host],
                     source: sources[r.source])
    }

    public func id(at i: Int) -> String { texts[rows[i].id] }
    public func name(at i: Int) -> String { texts[rows[i].name] }
    public func kind(at i: Int) -> ActorKind { rows[i].kind }
    public func region(at i: Int) -> Region { rows[i].region }
    public func location(at i: Int) -> GeoPoint { rows[i].location }
    public func adversaries(at i: Int) -> [String] { texts[rows[i].adversaries] }
    public func source(at i: Int) -> Source { sources[rows[i].source] }

    /// Where the actor with this id is (its first row, should the data repeat an id).
    public func position(of id: String) -> Int? {
        ids.position(of: id, texts: texts) { rows[$0].id }
    }

    public static func == (a: ActorTable, b: ActorTable) -> Bool { a.elementsEqual(b) }

    /// Fills a table row by row.
    struct Builder {
        private var building = ActorTable()

        /// The table, trimmed to size when much reserved capacity is unused.
        var table: ActorTable {
            var done = building
            if done.rows.capacity > done.rows.count + done.rows.count / 8 + 16 {
                done.rows = done.rows.withUnsafeBufferPointer { Array($0) }
            }
            done.texts = done.texts.trimmed()
            done.sources = done.sources.finished()
            let rows = done.rows
            done.ids = IDIndex(count: rows.count, texts: done.texts) { rows[$0].id }
            return done
        }

        /// Room for `n` actors, their texts estimated from the actors so far.
        mutating func reserveCapacity(_ n: Int) {
            building.texts.reserveCapacity(rows: n, rowsSoFar: building.rows.count, minimumBytesPerRow: 32)
            building.rows.reserveCapacity(n)
        }

        mutating func append(_ a: Actor) {
            let id = building.texts.append(a.id), name = building.texts.append(a.name)
            let iso2 = building.texts.append(a.iso2), iso3 = building.texts.append(a.iso3)
            let capital = building.texts.append(a.capital), host = building.texts.append(a.host)
            let adversaries = building.texts.append(list: a.adversaries), aliases = building.texts.append(list: a.aliases)
            let row = PackedActor(id: id, name: name, iso2: iso2, iso3: iso3, capital: capital, host: host,
                                  adversaries: adversaries, aliases: aliases, location: a.location,
                                  source: building.sources.add(a.source), kind: a.kind, region: a.region)
            building.rows.append(row)
        }
    }
}

/// One actor as references into its table's text arena and source list.
private struct PackedActor: Sendable {
    var id, name, iso2, iso3, capital, host: TextArena.Text
    var adversaries, aliases: TextArena.List
    var location: GeoPoint
    var source: UInt32
    var kind: ActorKind
    var region: Region
}

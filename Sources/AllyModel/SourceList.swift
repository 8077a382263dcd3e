/// The distinct sources of a table, each stored once and named by its position.
///
/// Rows of a large table mostly share a handful of sources; storing a 4-byte index per row
/// instead of a `Source` (five strings) is what packing them buys.
struct SourceList: Sendable {
    private(set) var sources: [Source] = []
    private var index: [Source: UInt32] = [:]
    /// The last source added: consecutive rows mostly share theirs, and comparing is cheaper than hashing.
    private var recent: (Source, UInt32)?

    subscript(i: UInt32) -> Source { sources[Int(i)] }

    mutating func add(_ s: Source) -> UInt32 {
        if let (last, i) = recent, last == s { return i }
        let i: UInt32
        if let found = index[s] { i = found } else {
            i = UInt32(sources.count)
            sources.append(s)
            index[s] = i
        }
        recent = (s, i)
        return i
    }

    /// The list without its lookup table, which only building needs.
    func finished() -> SourceList {
        var done = SourceList()
        done.sources = sources
        return done
    }
}

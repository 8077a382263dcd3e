import AllyModel
#if canImport(Glibc)
import Glibc
#endif

/// Every actor's names folded once, for live search: the same matches in the same order as
/// `Dataset.search`, without folding every name on each keystroke.
///
/// Printable-ASCII folded names (nearly all of them) sit in one byte buffer, each ended by a NUL,
/// so one `memchr`-driven pass finds every name containing the query; on such text, byte comparison
/// is exactly what `String` comparison does. Other names keep their folded `String` and are
/// compared as `Dataset.search` compares them. Built when the explorer is first idle (or on the
/// first search, if sooner) and shared by copies of the state; the dataset never changes for
/// one explorer.
public final class SearchIndex: @unchecked Sendable {
    private struct Built {
        let actors: ActorTable
        /// Each actor's kind, as its position in `ActorKind.allCases`.
        let kinds: [UInt8]
        /// Folded printable-ASCII names, each followed by a 0 byte.
        let bytes: [UInt8]
        /// Where each name in `bytes` starts, and whose it is (position in `actors`).
        let nameStarts: [Int32]
        let nameActors: [Int32]
        /// Names whose folded form is not printable ASCII.
        let otherNames: [(actor: Int32, folded: String)]
    }

    private let lock = Lock()
    private var built: Built?

    public init() {}

    /// Actors whose name, id, code or alias contains `query`, best first (as `Dataset.search`).
    public func search(_ query: String, kinds: Set<ActorKind>, in dataset: Dataset) -> SearchMatches {
        let index = self.index(for: dataset)
        let q = SearchFolding.fold(query)
        guard !q.isEmpty else { return SearchMatches(actors: index.actors, positions: []) }
        // The best rank of each actor's names (UInt8.max: no match).
        var best = [UInt8](repeating: .max, count: index.actors.count)
        func note(_ actor: Int32, _ rank: UInt8) { best[Int(actor)] = min(best[Int(actor)], rank) }
        let qBytes = Array(q.utf8)
        if SearchFolding.isPrintableASCII(qBytes) {
            Self.scanBytes(index, for: qBytes, into: &best)
            for name in index.otherNames { if let rank = Self.rank(of: name.folded, q) { note(name.actor, rank) } }
        } else {
            // The query has text bytes cannot compare like Swift does: compare every name as a String.
            for (i, start) in index.nameStarts.enumerated() {
                let end = index.bytes[Int(start)...].firstIndex(of: 0)!
                let folded = String(decoding: index.bytes[Int(start)..<end], as: UTF8.self)
                if let rank = Self.rank(of: folded, q) { note(index.nameActors[i], rank) }
            }
            for name in index.otherNames { if let rank = Self.rank(of: name.folded, q) { note(name.actor, rank) } }
        }
        let allowed = ActorKind.allCases.map { kinds.contains($0) }
        var byRank: [[Int32]] = [[], [], [], []]
        for (i, rank) in best.enumerated() where rank < 4 && allowed[Int(index.kinds[i])] {
            byRank[Int(rank)].append(Int32(i))
        }
        return SearchMatches(actors: index.actors, positions: byRank.flatMap { $0 })
    }

    // MARK: - Matching

    /// How well a folded name matches the folded query, as `Dataset.search` ranks it: 0 equal,
    /// 1 prefix, 2 a word's prefix, 3 anywhere inside; nil when it does not contain it.
    static func rank(of f: String, _ q: String) -> UInt8? {
        if f == q { return 0 }
        if f.hasPrefix(q) { return 1 }
        if f.split(separator: " ").contains(where: { $0.hasPrefix(q) }) { return 2 }
        if f.contains(q) { return 3 }
        return nil
    }

    /// Ranks every byte-buffer name that contains `q` (printable ASCII, no NUL).
    private static func scanBytes(_ index: Built, for q: [UInt8], into best: inout [UInt8]) {
        let qHasSpace = q.contains(0x20)
        index.bytes.withUnsafeBufferPointer { buffer in
            q.withUnsafeBufferPointer { needle in
                guard let base = buffer.baseAddress, let qBase = needle.baseAddress else { return }
                var from = 0, name = 0
                let starts = index.nameStarts, lastName = starts.count - 1
                while let offset = find(needle, qBase, in: base, count: buffer.count, from: from) {
                    // Hits come in buffer order, so the name holding one is at or after the last.
                    while name < lastName && Int(starts[name + 1]) <= offset { name += 1 }
                    let start = Int(index.nameStarts[name])
                    var end = offset + needle.count
                    while buffer[end] != 0 { end += 1 }
                    let actor = Int(index.nameActors[name])
                    best[actor] = min(best[actor], rank(buffer, start: start, end: end, q: needle, qHasSpace: qHasSpace))
                    from = end + 1
                }
            }
        }
    }

    /// The first offset at or after `from` where `needle` occurs: `memchr` for its first byte
    /// (vectorised by libc), then a `memcmp` of the rest.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, _ needleBase: UnsafePointer<UInt8>,
                             in base: UnsafePointer<UInt8>, count: Int, from: Int) -> Int? {
        var at = from
        let first = Int32(needleBase[0])
        while count - at >= needle.count {
            guard let hit = memchr(base + at, first, count - at - needle.count + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if needle.count == 1 || memcmp(base + offset + 1, needleBase + 1, needle.count - 1) == 0 { return offset }
            at = offset + 1
        }
        return nil
    }

    /// The rank of the name in `bytes[start..<end]`, known to contain `q`.
    private static func rank(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
                             q: UnsafeBufferPointer<UInt8>, qHasSpace: Bool) -> UInt8 {
        func matches(at i: Int) -> Bool {
            guard i + q.count <= end else { return false }
            for k in 0..<q.count where bytes[i + k] != q[k] { return false }
            return true
        }
        if matches(at: start) { return end - start == q.count ? 0 : 1 }
        // A word of the name starts with q only if q has no space (words have none).
        if !qHasSpace {
            for i in (start + 1)..<end where bytes[i - 1] == 0x20 && matches(at: i) { return 2 }
        }
        return 3
    }

    // MARK: - Building

    /// Builds the index now if it is not built yet (the explorer does this when idle, so the
    /// first search need not wait ~20 ms at 100k actors).
    public func prepare(for dataset: Dataset) { _ = index(for: dataset) }

    /// Whether the index has been built.
    var isBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return built != nil
    }

    private func index(for dataset: Dataset) -> Built {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = Self.build(dataset)
        built = made
        return made
    }

    private static func build(_ dataset: Dataset) -> Built {
        var names = NameTable(capacity: dataset.actors.count)
        let kindOrder = Dictionary(uniqueKeysWithValues: ActorKind.allCases.enumerated().map { ($0.element, UInt8($0.offset)) })
        var kinds: [UInt8] = []
        kinds.reserveCapacity(dataset.actors.count)
        for (i, actor) in dataset.actors.enumerated() {
            kinds.append(kindOrder[actor.kind]!)
            // Dataset.search's order of names; it changes no rank, only where a name sits.
            names.add(actor.name, of: i)
            names.add(actor.id, of: i)
            names.add(actor.iso2, of: i)
            names.add(actor.iso3, of: i)
            for alias in actor.aliases { names.add(alias, of: i) }
        }
        return Built(actors: dataset.actors, kinds: kinds, bytes: names.bytes, nameStarts: names.starts,
                     nameActors: names.owners, otherNames: names.others)
    }

    /// The folded names as they are collected (a struct, not captured variables, so appending
    /// needs no run-time exclusivity checks).
    private struct NameTable {
        var bytes: [UInt8] = [], starts: [Int32] = [], owners: [Int32] = []
        var others: [(actor: Int32, folded: String)] = []

        init(capacity actors: Int) {
            bytes.reserveCapacity(actors * 48)
            starts.reserveCapacity(actors * 4)
            owners.reserveCapacity(actors * 4)
        }

        mutating func add(_ name: String, of actor: Int) {
            guard !name.isEmpty else { return }
            let start = bytes.count
            if SearchFolding.appendFoldedASCII(name, to: &bytes) {
                // An empty fold matches nothing (the query is never empty).
                guard bytes.count > start else { return }
                starts.append(Int32(start))
                owners.append(Int32(actor))
                bytes.append(0)
            } else {
                others.append((Int32(actor), SearchFolding.fold(name)))
            }
        }
    }
}

/// The search results of one query: actor positions, best first, turned into ids only when read,
/// so a query matching 100k actors costs an array of integers, not 100k strings.
public struct SearchMatches: RandomAccessCollection, Sendable, Equatable {
    private let actors: ActorTable
    private let positions: [Int32]

    init(actors: ActorTable, positions: [Int32]) { self.actors = actors; self.positions = positions }
    public init() { self.init(actors: ActorTable(), positions: []) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    /// The id of the actor at `i`.
    public subscript(i: Int) -> String { actors.id(at: Int(positions[i])) }

    public static func == (a: SearchMatches, b: SearchMatches) -> Bool { a.elementsEqual(b) }
}

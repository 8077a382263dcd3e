/// The first position of each id in a packed table, found by hashing the id's bytes where the
/// table stores them.
///
/// A `[String: Int]` of 100k ids held a copy of every id longer than 15 bytes and about 60 bytes
/// a slot; this holds one 4-byte position a slot and reads the ids from the table's arena.
struct IDIndex: Sendable {
    /// Open addressing, linear probing; -1 marks an empty slot. At most half full.
    private var slots: [Int32] = []

    init() {}

    /// Indexes rows `0..<count` by `id(row)`; a repeated id keeps its first row.
    init(count: Int, texts: TextArena, id: (Int) -> TextArena.Text) {
        var size = 16
        while size < count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for row in 0..<count {
            let text = id(row)
            var i = texts.withBytes(text) { Self.hash($0) } & mask
            var repeated = false
            while slots[i] >= 0 {
                if texts.equal(id(Int(slots[i])), text) { repeated = true; break }
                i = (i + 1) & mask
            }
            if !repeated { slots[i] = Int32(row) }
        }
        self.slots = slots
    }

    /// The first row whose id is `key`.
    func position(of key: String, texts: TextArena, id: (Int) -> TextArena.Text) -> Int? {
        guard !slots.isEmpty else { return nil }
        var key = key
        return key.withUTF8 { bytes -> Int? in
            let mask = slots.count - 1
            var i = Self.hash(bytes) & mask
            while slots[i] >= 0 {
                let row = Int(slots[i])
                if texts.withBytes(id(row), { $0.elementsEqual(bytes) }) { return row }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// FNV-1a, as `StringInterner` uses: ids are short, and it spreads them well enough.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

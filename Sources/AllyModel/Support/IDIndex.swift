/// The first position of each id in a packed table, found by hashing the id's bytes where the
/// table stores them.
///
/// A `[String: Int]` of 100k ids held a copy of every id longer than 15 bytes and about 60 bytes
/// a slot; this holds one 4-byte position a slot and reads the ids from the table's arena.
struct IDIndex: Sendable {
    /// Open addressing, linear probing, at most half full. A slot holds the id's hash in its
    /// high 32 bits (so most mismatches are settled without reading the id) and its row + 1 in
    /// the low 32; 0 marks an empty slot.
    private var slots: [UInt64] = []

    init() {}

    /// Indexes rows `0..<count` by `id(row)`; a repeated id keeps its first row.
    init(count: Int, texts: TextArena, id: (Int) -> TextArena.Text) {
        var size = 16
        while size < count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for row in 0..<count {
            let text = id(row)
            let hash = texts.withBytes(text) { Self.hash($0) }
            var i = Int(truncatingIfNeeded: hash) & mask
            var repeated = false
            while slots[i] != 0 {
                if slots[i] >> 32 == hash >> 32 && texts.equal(id(Int(slots[i] & 0xFFFF_FFFF) - 1), text) { repeated = true; break }
                i = (i + 1) & mask
            }
            if !repeated { slots[i] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(row + 1) }
        }
        self.slots = slots
    }

    /// The first row whose id is `key`.
    func position(of key: String, texts: TextArena, id: (Int) -> TextArena.Text) -> Int? {
        guard !slots.isEmpty else { return nil }
        var key = key
        return key.withUTF8 { bytes -> Int? in
            let hash = Self.hash(bytes)
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] != 0 {
                let row = Int(slots[i] & 0xFFFF_FFFF) - 1
                if slots[i] >> 32 == hash >> 32 && texts.withBytes(id(row), { TextArena.same($0, bytes) }) { return row }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// FNV-1a, as `StringInterner` uses, with its high bits folded into the low ones that pick
    /// the slot (FNV's low bits vary little between ids that differ in their last digits).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}

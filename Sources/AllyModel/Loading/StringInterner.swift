#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out one shared `String` per distinct byte sequence, so the sources, urls, units and
/// ids that repeat on thousands of rows are stored once (Swift strings share their buffer on copy).
///
/// Strings of up to 15 UTF-8 bytes live inside the `String` value itself and are never interned.
/// Lookups hash the bytes first, so a repeat costs no allocation. A class so that the per-row
/// readers share one table instead of copying it.
final class StringInterner {
    private var slots: [Slot?] = Array(repeating: nil, count: 1024)
    private var used = 0

    private struct Slot {
        let hash: UInt64
        let string: String
    }

    /// Small strings are stored inline by the runtime; interning them would only cost time.
    static let inlineLimit = 15

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= Self.inlineLimit { return String(decoding: bytes, as: UTF8.self) }
        let hash = Self.hash(bytes)
        var i = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let slot = slots[i] {
            if slot.hash == hash && Self.equal(slot.string, bytes) { return slot.string }
            i = (i + 1) & (slots.count - 1)
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[i] = Slot(hash: hash, string: string)
        used += 1
        if used * 4 > slots.count * 3 { grow() }
        return string
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        for case let slot? in old {
            var i = Int(truncatingIfNeeded: slot.hash) & (slots.count - 1)
            while slots[i] != nil { i = (i + 1) & (slots.count - 1) }
            slots[i] = slot
        }
    }

    /// FNV-1a: short, and good enough to spread field values over the table.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    private static func equal(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = s
        return s.withUTF8 { $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings and lists of strings stored end to end in one byte array, each named by a small
/// fixed-size reference.
///
/// A `String` of more than 15 UTF-8 bytes is a heap object of its own (about 48 bytes with its
/// header), and an array of strings is another; at 100k actors and events those were most of the
/// dataset's memory. Here a string costs its bytes plus an 8-byte `Text`, a list its items'
/// `Text`s plus an 8-byte `List`, and the whole arena is three allocations.
struct TextArena: Sendable {
    /// A string's bytes: `bytes[start..<start + count]`.
    struct Text: Sendable, Hashable {
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    /// A list's items: `items[start..<start + count]`.
    struct List: Sendable, Hashable {
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    private var bytes: [UInt8] = []
    private var items: [Text] = []

    init() {}

    /// Room for `rows` rows in all, at the bytes and list items per row of the `rowsSoFar` rows
    /// stored (plus a margin): an estimate that falls short doubles the arena, and the trim that
    /// follows copies it, so a small margin costs less than a low guess.
    mutating func reserveCapacity(rows: Int, rowsSoFar: Int, minimumBytesPerRow: Int) {
        let done = max(rowsSoFar, 1)
        let bytesPerRow = max(Double(bytes.count) / Double(done), Double(minimumBytesPerRow))
        bytes.reserveCapacity(Int(Double(rows) * bytesPerRow * 1.1) + 64)
        items.reserveCapacity(Int(Double(rows) * Double(items.count) / Double(done) * 1.1) + 16)
    }

    mutating func append(_ s: String) -> Text {
        var s = s
        return s.withUTF8 { append(bytes: $0) }
    }

    mutating func append(bytes new: UnsafeBufferPointer<UInt8>) -> Text {
        let start = bytes.count
        bytes.append(contentsOf: new)
        precondition(bytes.count <= Int(UInt32.max), "a text arena holds at most 4 GB")
        return Text(start: UInt32(start), count: UInt32(new.count))
    }

    mutating func append(list: [String]) -> List {
        let start = items.count
        for s in list { items.append(append(s)) }
        return List(start: UInt32(start), count: UInt32(list.count))
    }

    /// The string, rebuilt; strings of up to 15 bytes are stored inline and cost no allocation.
    subscript(text: Text) -> String {
        if text.count == 0 { return "" }
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[Int(text.start)..<Int(text.start + text.count)]), as: UTF8.self)
        }
    }

    subscript(list: List) -> [String] {
        if list.count == 0 { return [] }
        return (Int(list.start)..<Int(list.start + list.count)).map { self[items[$0]] }
    }

    /// Calls `body` with the text's bytes, without building a `String`.
    func withBytes<R>(_ text: Text, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(text.start)..<Int(text.start + text.count)]))
        }
    }

    /// Whether two texts hold the same bytes.
    func equal(_ a: Text, _ b: Text) -> Bool {
        a.count == b.count && (a.start == b.start || withBytes(a) { x in withBytes(b) { y in Self.same(x, y) } })
    }

    static func same(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
    }

    /// Whether `a` sorts before `b` as `String` would: byte order is code-point order in UTF-8,
    /// the same as `String`'s `<` for the ASCII texts this is used on (dates).
    func less(_ a: Text, _ b: Text) -> Bool {
        withBytes(a) { x in withBytes(b) { y in x.lexicographicallyPrecedes(y) } }
    }

    /// The arena with unused capacity given back (building reserves by estimate).
    func trimmed() -> TextArena {
        var t = self
        if t.bytes.capacity > t.bytes.count + t.bytes.count / 4 + 64 { t.bytes = t.bytes.withUnsafeBufferPointer { Array($0) } }
        if t.items.capacity > t.items.count + t.items.count / 4 + 16 { t.items = t.items.withUnsafeBufferPointer { Array($0) } }
        return t
    }
}

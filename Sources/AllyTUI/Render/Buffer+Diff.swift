/// A run of changed cells on one row, ready for the backend to write in one call.
public struct CellChange: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

extension Buffer {
    /// The cells of `new` that differ from `old`. A size change means every cell changed.
    public static func diff(_ old: Buffer?, _ new: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        guard let old, old.size == new.size else {
            changes.reserveCapacity(new.cells.count)
            for (i, cell) in new.cells.enumerated() { changes.append(CellChange(x: i % max(1, new.width), y: i / max(1, new.width), cell: cell)) }
            return changes
        }
        // Compared in place, a row at a time: a cell is copied only when it changed. Most cells
        // are the same bits as before (same glyph, same style), which a few word loads tell
        // without copying either cell; only cells whose bits differ are compared as values.
        let size = MemoryLayout<Cell>.size, stride = MemoryLayout<Cell>.stride
        old.cells.withUnsafeBytes { before in
            new.cells.withUnsafeBytes { after in
                for y in 0..<new.height {
                    let row = y &* new.width
                    for x in 0..<new.width {
                        let offset = (row &+ x) &* stride
                        if sameBits(before.baseAddress! + offset, after.baseAddress! + offset, size) { continue }
                        let cell = new.cells[row &+ x]
                        if old.cells[row &+ x] != cell { changes.append(CellChange(x: x, y: y, cell: cell)) }
                    }
                }
            }
        }
        return changes
    }

    /// Whether `count` bytes at `a` and `b` are equal (a cell's bits equal means its value does).
    @inline(__always)
    private static func sameBits(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        var i = 0
        while i &+ 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i &+= 1
        }
        return true
    }
}

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
        // Compared in place, a row at a time: a cell is copied only when it changed.
        old.cells.withUnsafeBufferPointer { before in
            new.cells.withUnsafeBufferPointer { after in
                for y in 0..<new.height {
                    let row = y &* new.width
                    for x in 0..<new.width where before[row &+ x] != after[row &+ x] {
                        changes.append(CellChange(x: x, y: y, cell: after[row &+ x]))
                    }
                }
            }
        }
        return changes
    }
}

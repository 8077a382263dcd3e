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
        let sameSize = old?.size == new.size
        for y in 0..<new.height {
            let row = y * new.width
            for x in 0..<new.width {
                let cell = new.cells[row + x]
                if !sameSize || old!.cells[row + x] != cell {
                    changes.append(CellChange(x: x, y: y, cell: cell))
                }
            }
        }
        return changes
    }
}

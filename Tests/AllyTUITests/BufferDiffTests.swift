import Testing
@testable import AllyTUI

/// The loop writes only what `Buffer.diff` reports: every changed cell, in reading order, and
/// nothing else; the whole screen when there is no previous frame or its size changed.
@Suite struct BufferDiffTests {
    static func buffer(_ rows: [String], width: Int) -> Buffer {
        var buffer = Buffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { buffer.write(row, x: 0, y: y, style: .plain, clip: buffer.area) }
        return buffer
    }

    @Test func reportsExactlyTheChangedCellsInReadingOrder() {
        let old = Self.buffer(["abc", "def"], width: 3)
        var new = Self.buffer(["abX", "Yef"], width: 3)
        new[2, 1] = Cell("f", style: Style(bold: true))  // same character, new style
        let changes = Buffer.diff(old, new)
        #expect(changes.map { [$0.x, $0.y] } == [[2, 0], [0, 1], [2, 1]])
        #expect(changes.map(\.cell.character) == ["X", "Y", "f"])
        #expect(Buffer.diff(new, new).isEmpty)
    }

    @Test func noPreviousFrameOrANewSizeRedrawsEveryCell() {
        let new = Self.buffer(["ab", "cd"], width: 2)
        for old in [nil, Self.buffer(["abc"], width: 3)] {
            let changes = Buffer.diff(old, new)
            #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [1, 0], [0, 1], [1, 1]])
            #expect(changes.map(\.cell) == new.cells)
        }
    }
}

/// Text whose scalars are each a cluster of their own is written scalar by scalar; the cells
/// must be those the per-cluster rule gives (wide glyphs, clipping, zero-width scalars).
@Suite struct BufferWriteByScalarTests {
    /// The per-cluster rule, as `Buffer.write` applies it to any text.
    static func reference(_ text: String, width: Int, x: Int, clip: Rect) -> [Cell] {
        var cells = Array(repeating: Cell.blank, count: width)
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > clip.maxX { break }
            if column >= clip.x {
                cells[column] = Cell(w == 2 && column + 1 >= clip.maxX ? " " : character)
                if w == 2 { cells[column + 1] = .continuation }
            }
            column += w
        }
        return cells
    }

    @Test func scalarsGiveTheCellsClustersWould() {
        let glyphs = ["a", "·", "—", "…", "█", "○", "⬛", "⌚", "é", "\u{AD}", " ", "€", "→"]
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        for _ in 0..<500 {
            let text = (0..<next(12)).map { _ in glyphs[next(glyphs.count)] }.joined()
            #expect(DisplayWidth.simpleWidth(text) != nil)
            let width = 12, x = next(5) - 1
            let clip = Rect(x: next(3), y: 0, width: 3 + next(9), height: 1)
            var buffer = Buffer(width: width, height: 1)
            buffer.write(text, x: x, y: 0, style: .plain, clip: clip)
            #expect(buffer.cells == Self.reference(text, width: width, x: x, clip: clip.intersection(buffer.area)), "\(text) x \(x) clip \(clip)")
        }
    }
}

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

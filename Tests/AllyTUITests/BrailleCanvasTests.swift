@testable import AllyTUI
import Testing

@Suite("Braille canvas")
struct BrailleCanvasTests {
    @Test(arguments: [
        (0, 0, "\u{2801}"), (0, 1, "\u{2802}"), (0, 2, "\u{2804}"), (0, 3, "\u{2840}"),
        (1, 0, "\u{2808}"), (1, 1, "\u{2810}"), (1, 2, "\u{2820}"), (1, 3, "\u{2880}"),
    ])
    func eachDotHasItsBit(x: Int, y: Int, glyph: String) {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        canvas.plot(x: x, y: y)
        #expect(String(canvas.glyph(column: 0, row: 0)) == glyph)
    }

    @Test func allDotsMakeAFullCell() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        for y in 0..<4 { for x in 0..<2 { canvas.plot(x: x, y: y) } }
        #expect(canvas.glyph(column: 0, row: 0) == "⣿")
        #expect(canvas.glyph(column: 1, row: 0) == "\u{2800}")
        #expect(canvas.pattern(column: 1, row: 0) == 0)
    }

    @Test func dotsOutsideAreClipped() {
        var canvas = BrailleCanvas(columns: 2, rows: 2)
        for (x, y) in [(-1, 0), (0, -1), (4, 0), (0, 8), (100, 100)] { canvas.plot(x: x, y: y) }
        #expect(canvas.bits.allSatisfy { $0 == 0 })
    }

    @Test func aKnownLinesDots() {
        var canvas = BrailleCanvas(columns: 4, rows: 2)
        canvas.line(x0: 0, y0: 0, x1: 6, y1: 3)
        let dots = Self.dots(of: canvas)
        // Bresenham for slope 1/2: ties step diagonally first.
        #expect(dots == [[0, 0], [1, 1], [2, 1], [3, 2], [4, 2], [5, 3], [6, 3]])
        #expect(Self.row(canvas, 0) == "⠑⠢⢄⡀")
        #expect(Self.row(canvas, 1) == "⠀⠀⠀⠀")
    }

    @Test(arguments: [(0, 0, 13, 5), (13, 5, 0, 0), (3, 0, 3, 15), (0, 7, 15, 7), (15, 0, 0, 15), (2, 14, 9, 1)])
    func linesHaveNoGaps(x0: Int, y0: Int, x1: Int, y1: Int) {
        var canvas = BrailleCanvas(columns: 8, rows: 4)
        canvas.line(x0: x0, y0: y0, x1: x1, y1: y1)
        let dots = Self.dots(of: canvas)
        #expect(dots.contains([x0, y0]) && dots.contains([x1, y1]))
        #expect(dots.count == max(abs(x1 - x0), abs(y1 - y0)) + 1) // one dot per step along the major axis
        // Every dot except the ends has a neighbour on each side along the line (8-connectivity).
        for d in dots where d != [x0, y0] {
            #expect(dots.contains { abs($0[0] - d[0]) <= 1 && abs($0[1] - d[1]) <= 1 && $0 != d })
        }
    }

    // MARK: - Helpers

    static func dots(of canvas: BrailleCanvas) -> [[Int]] {
        var out: [[Int]] = []
        for x in 0..<canvas.dotWidth { for y in 0..<canvas.dotHeight where canvas.isSet(x: x, y: y) { out.append([x, y]) } }
        return out
    }

    static func row(_ canvas: BrailleCanvas, _ r: Int) -> String {
        String((0..<canvas.columns).map { canvas.glyph(column: $0, row: r) })
    }
}

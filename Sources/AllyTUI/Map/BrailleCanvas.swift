/// A grid of braille dots (2×4 per cell) with no colour and no I/O; dots outside are clipped.
public struct BrailleCanvas: Equatable, Sendable {
    /// Bit of each dot inside a cell, indexed `[row][column]` (Unicode braille numbering).
    static let mask: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
    private static let flatMask: [UInt8] = mask.flatMap { $0 }

    /// Size in cells.
    public let columns: Int, rows: Int
    /// One byte per cell: the braille dot pattern (U+2800 + bits).
    public private(set) var bits: [UInt8]

    public init(columns: Int, rows: Int) {
        (self.columns, self.rows) = (max(0, columns), max(0, rows))
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Width and height in dots.
    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    /// Sets one dot; dots outside the canvas are ignored.
    @inline(__always)
    public mutating func plot(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < columns &* 2, y < rows &* 4 else { return }
        bits[(y >> 2) &* columns &+ (x >> 1)] |= Self.flatMask[(y & 3) << 1 | (x & 1)]
    }

    /// Whether a dot is set (for tests; drawing reads whole cells through `pattern`).
    func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return bits[(y / 4) * columns + x / 2] & Self.mask[y % 4][x % 2] != 0
    }

    /// The dot pattern of a cell (0 when empty).
    public func pattern(column: Int, row: Int) -> UInt8 { bits[row * columns + column] }

    /// The braille character of a cell (U+2800 when empty); `MapCharset` draws cells, tests read this.
    func glyph(column: Int, row: Int) -> Character { Self.brailleGlyphs[Int(pattern(column: column, row: row))] }

    /// Draws a straight line between two dots with Bresenham's algorithm: every step moves to an
    /// 8-connected neighbour, so the line has no gaps. Both ends are plotted.
    public mutating func line(x0: Int, y0: Int, x1: Int, y1: Int) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            plot(x: x, y: y)
            if x == x1 && y == y1 { return }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// The 256 braille characters, indexed by dot pattern.
    public static let brailleGlyphs: [Character] = (0..<256).map { Character(Unicode.Scalar(0x2800 + UInt32($0))!) }
}

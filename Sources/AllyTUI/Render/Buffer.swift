/// An off-screen grid of cells. Widgets draw into it; the backend copies what changed to the screen.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && x < width && y >= 0 && y < height) ? cells[y * width + x] : .blank }
        set { if x >= 0 && x < width && y >= 0 && y < height { cells[y * width + x] = newValue } }
    }

    /// Fills a rectangle (clipped to the buffer) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let row = y * width
            for x in r.x..<r.maxX { cells[row + x] = cell }
        }
    }

    /// Writes text at (x, y), clipped to `clip` (the whole buffer by default), measuring each
    /// character by display width. Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y && y < bounds.maxY else { return x }
        var column = x
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII, most of what panes hold: one cell per byte, no grapheme breaking.
            for byte in text.utf8 {
                if column >= bounds.maxX { break }
                if column >= bounds.x { cells[y * width + column] = Cell(asciiCharacters[Int(byte)], style: style) }
                column += 1
            }
            return column
        }
        if DisplayWidth.simpleWidth(text) != nil {
            // Every scalar its own cluster (· — … █ ○ and Latin letters): cells by scalar, no
            // grapheme breaking; the same cells as the loop below.
            for scalar in text.unicodeScalars {
                let w = DisplayWidth.of(scalar)
                if w == 0 { continue }
                if column + w > bounds.maxX { break }
                if column >= bounds.x {
                    let shown: Character = w == 2 && column + 1 >= bounds.maxX ? " " : Character(scalar)
                    cells[y * width + column] = Cell(shown, style: style)
                    if w == 2 { cells[y * width + column + 1] = .continuation }
                }
                column += w
            }
            return column
        }
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue } // combining marks and controls never take a cell of their own
            if column + w > bounds.maxX { break }
            if column >= bounds.x {
                let shown: Character = w == 2 && column + 1 >= bounds.maxX ? " " : character
                cells[y * width + column] = Cell(shown, style: style)
                if w == 2 { cells[y * width + column + 1] = .continuation }
            }
            column += w
        }
        return column
    }

    /// Changes the style of every cell in `rect`, keeping the glyphs (a map label's risk change).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { transform(&cells[y * width + x].style) }
        }
    }

    /// The glyphs only, one line per row, trailing spaces kept so columns line up.
    public var plainText: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { line.append(c.character) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// The 128 ASCII characters, made once: building a `Character` from a byte costs more than the
/// rest of writing the cell.
private let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

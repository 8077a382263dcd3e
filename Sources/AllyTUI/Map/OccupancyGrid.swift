/// Which cells of a pane are taken by markers, label text or the blank gap around labels.
struct OccupancyGrid {
    enum Use: UInt8 { case free, marker, text, gap }

    let area: Rect
    private var uses: [Use]

    init(area: Rect) {
        self.area = area
        uses = Array(repeating: .free, count: area.width * area.height)
    }

    /// The use of an absolute cell; cells outside the pane count as free.
    subscript(x: Int, y: Int) -> Use {
        get { area.contains(x: x, y: y) ? uses[(y - area.y) * area.width + x - area.x] : .free }
        set { if area.contains(x: x, y: y) { uses[(y - area.y) * area.width + x - area.x] = newValue } }
    }

    /// Whether a label of `width` cells at (x, y) fits: inside the pane, its text on free cells,
    /// and the gap cell on each side free of markers and other labels' text.
    func labelFits(x: Int, y: Int, width: Int) -> Bool {
        guard width > 0, x >= area.x, x + width <= area.maxX, y >= area.y, y < area.maxY else { return false }
        for cx in x..<(x + width) where self[cx, y] != .free { return false }
        for cx in [x - 1, x + width] where self[cx, y] == .marker || self[cx, y] == .text { return false }
        return true
    }

    /// Marks a label's text and its two gap cells.
    mutating func claimLabel(x: Int, y: Int, width: Int) {
        for cx in x..<(x + width) { self[cx, y] = .text }
        for cx in [x - 1, x + width] where self[cx, y] == .free { self[cx, y] = .gap }
    }
}

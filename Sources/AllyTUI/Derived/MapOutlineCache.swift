import AllyModel

/// The map's outlines per (frame, pane size), rasterised once and reused by every frame.
///
/// The coastlines under a frame never change while the explorer runs, yet rasterising them is
/// a good part of a map frame; markers and labels are still placed per frame. A reference type
/// shared by copies of the state, guarded by a lock; a few entries of one byte per cell.
public final class MapOutlineCache: @unchecked Sendable {
    struct Key: Hashable {
        var frame: GeoFrame
        var columns: Int
        var rows: Int
    }

    private let lock = Lock()
    private var entries: [Key: BrailleCanvas] = [:]
    private static let capacity = 8

    public init() {}

    /// The outlines `map` draws in `area`, rasterised the first time this frame is drawn at this size.
    func outlines(of map: MapView, in area: Rect) -> BrailleCanvas {
        let key = Key(frame: map.frame, columns: area.width, rows: area.height)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let canvas = map.canvas(in: area)
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = canvas
        lock.unlock()
        return canvas
    }
}

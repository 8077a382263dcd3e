import AllyModel

/// What drawing a frame found out about it, fed back to `reduce` as `Event.measured`.
///
/// Scroll limits and mouse targets depend on wrapped text and on where the map put its markers,
/// which only the view knows; the reducer reads them from here instead of calling widgets.
public struct Measurements: Sendable, Hashable {
    /// Lines of content and rows on screen of each scrollable area drawn.
    public var extents: [Scrollable: Extent] = [:]
    /// Clickable areas, most specific first (a marker before the map around it).
    public var hits: [HitArea] = []
    /// Lists with a cursor: where each item starts and the offset the view settled on.
    public var lists: [Scrollable: ListExtent] = [:]
    /// Offsets the view drew at when it had to move them (to keep a cursor in sight).
    public var drawnOffsets: [Scrollable: Int] = [:]

    public init() {}

    /// The first clickable area under a cell.
    public func target(x: Int, y: Int) -> HitArea.Target? {
        hits.first { $0.rect.contains(x: x, y: y) }?.target
    }

    /// The largest offset that still fills the area, when the area was drawn.
    public func maxOffset(_ scrollable: Scrollable) -> Int? {
        extents[scrollable].map { max(0, $0.lines - $0.rows) }
    }

    /// Rows visible in an area (1 when it was not drawn, so a page moves at least a line).
    public func rows(_ scrollable: Scrollable) -> Int { max(1, extents[scrollable]?.rows ?? 1) }
}

/// Something that scrolls.
public enum Scrollable: Sendable, Hashable {
    case pane(PaneID)
    case detail
    case compare
    case help
    /// The ally table's rows.
    case table
    /// The claims board's list, or the evidence of one claim.
    case claimsBoard
    /// The tour's card.
    case tour
    /// The inspect overlay's card about one figure.
    case inspect
}

/// A list drawn with a cursor: the first line of each item, how long it is and what shows.
public struct ListExtent: Sendable, Hashable {
    /// The line each item starts on (a group's heading counts as its first item's).
    public var starts: [Int]
    public var lines: Int
    public var rows: Int
    /// The first line shown: the view moves it just enough to keep the cursor's item in sight.
    public var offset: Int
    public init(starts: [Int], lines: Int, rows: Int, offset: Int) {
        (self.starts, self.lines, self.rows, self.offset) = (starts, lines, rows, offset)
    }
}

/// How long a scrollable text is and how much of it shows.
public struct Extent: Sendable, Hashable {
    public var lines: Int
    public var rows: Int
    public init(lines: Int, rows: Int) { (self.lines, self.rows) = (lines, rows) }
}

/// A rectangle of the screen and what a click there means.
public struct HitArea: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case regionTab(Region)
        case paneTab(PaneID)
        case actor(String)
        case map
        case pane(PaneID)
        /// The title bar's tab for the ally table.
        case tableTab
        /// A row of the ally table (any actor listed there).
        case tableRow(String)
        /// A column header of the ally table: sorts by it.
        case tableColumn(TableColumn)
        /// The rest of the table's frame.
        case table
        /// Drawn but not clickable (the title bar between tabs): the click does nothing.
        case inert
    }

    public var rect: Rect
    public var target: Target
    public init(_ rect: Rect, _ target: Target) { (self.rect, self.target) = (rect, target) }
}

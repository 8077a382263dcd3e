/// Where each part of the explorer goes for a given screen size.
///
/// Wide screens (≥ 110×34) show the map and all four panes; narrower ones show the map and one
/// pane at a time (tabs), side by side from 80 columns, stacked below that. Below 60×20 the
/// screen is too small and says so. While a what-if is active, a banner row under the title bar
/// names it, and everything below moves down a row.
public struct ExplorerLayout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case wide, sideBySide, stacked, tooSmall }

    public static let minimum = Size(width: 60, height: 20)

    public let kind: Kind
    public let screen: Rect
    public let titleBar: Rect
    /// The what-if banner's row, when one is shown.
    public let banner: Rect?
    public let statusBar: Rect
    /// Everything between the bars (and the banner): where full-screen views and overlays go.
    public let body: Rect
    public let map: Rect
    /// Visible text panes and their frames (all four when wide; one tabbed frame otherwise).
    public let panes: [PaneID: Rect]
    /// In tabbed layouts, the single frame that shows whichever pane is current.
    public let tabbedPane: Rect?

    public init(size: Size, banner showsBanner: Bool = false) {
        screen = Rect(size: size)
        guard size.width >= Self.minimum.width && size.height >= Self.minimum.height else {
            kind = .tooSmall
            (titleBar, banner, statusBar, body, map, panes, tabbedPane) = (.zero, nil, .zero, .zero, .zero, [:], nil)
            return
        }
        let (title, below) = screen.splitTop(1)
        let (bannerRow, rest) = showsBanner ? below.splitTop(1) : (Rect.zero, below)
        let (body, status) = rest.splitBottom(1)
        titleBar = title
        banner = showsBanner ? bannerRow : nil
        statusBar = status
        self.body = body
        if size.width >= 110 && size.height >= 34 {
            kind = .wide
            let sideWidth = max(44, size.width * 2 / 5)
            let (left, side) = body.splitRight(sideWidth)
            let bottomHeight = max(10, body.height * 2 / 5)
            let (mapRect, bottom) = left.splitBottom(bottomHeight)
            map = mapRect
            let (claims, events) = bottom.splitLeft(bottom.width / 2)
            let (dependency, risk) = side.splitTop(side.height / 2)
            panes = [.dependency: dependency, .risk: risk, .claims: claims, .events: events]
            tabbedPane = nil
        } else if size.width >= 80 {
            kind = .sideBySide
            let (mapRect, side) = body.splitRight(max(34, size.width * 2 / 5))
            map = mapRect
            tabbedPane = side
            panes = [:]
        } else {
            kind = .stacked
            let (mapRect, bottom) = body.splitTop(body.height / 2)
            map = mapRect
            tabbedPane = bottom
            panes = [:]
        }
    }

    /// The frame a text pane is drawn in, if it is visible (tabbed panes share one frame).
    public func frame(of pane: PaneID, current: PaneID) -> Rect? {
        if let r = panes[pane] { return r }
        return pane == current ? tabbedPane : nil
    }
}

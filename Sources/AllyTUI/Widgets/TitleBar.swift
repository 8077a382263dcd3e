import AllyModel

/// The top line: app name, region tabs (clickable) and a note on the right.
public struct TitleBar: Widget {
    public struct Tab: Sendable, Equatable {
        public var key: Character
        public var title: String
        public var active: Bool
        public init(key: Character, title: String, active: Bool) { (self.key, self.title, self.active) = (key, title, active) }
        var text: String { " \(key) \(title) " }
    }

    public var tabs: [Tab]
    /// Right-aligned text (what-if scenario, data date, ally count), dropped when it does not fit.
    public var info: String
    public var emphasised: Bool

    public init(tabs: [Tab], info: String, emphasised: Bool) { (self.tabs, self.info, self.emphasised) = (tabs, info, emphasised) }

    static let prefix = " allymap "

    /// The explorer's tabs: one per region, then the ally table.
    static func explorerTabs(region: Region, tableShown: Bool) -> [Tab] {
        Region.tabOrder.map { Tab(key: $0.key, title: $0.name, active: $0 == region) }
            + [Tab(key: MainView.tableKey, title: "Table", active: tableShown)]
    }

    /// Where each tab that fits is drawn in a bar at `area`, in tab order.
    public func tabRects(in area: Rect) -> [Rect] {
        var x = DisplayWidth.of(Self.prefix) + 1
        var out: [Rect] = []
        for tab in tabs {
            let w = DisplayWidth.of(tab.text)
            if x + w > area.width { break }
            out.append(Rect(x: area.x + x, y: area.y, width: w, height: 1))
            x += w + 1
        }
        return out
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(" ", style: Theme.titleBar))
        buffer.write(Self.prefix, x: area.x, y: area.y, style: Theme.titleBar.bolded, clip: area)
        let rects = tabRects(in: area)
        for (tab, rect) in zip(tabs, rects) {
            buffer.write(tab.text, x: rect.x, y: area.y, style: tab.active ? Theme.activeTab : Theme.titleBar, clip: area)
        }
        let x = area.maxX - DisplayWidth.of(info) - 1
        let tabsEnd = rects.last.map { $0.maxX - area.x } ?? 0
        if x > tabsEnd + 1 {
            buffer.write(info, x: x, y: area.y, style: emphasised ? Theme.titleBar.bolded : Theme.titleBar, clip: area)
        }
    }
}

import AllyModel

/// The top line: app name, region tabs (clickable) and the data's coverage.
public enum TitleBar {
    static let order: [Region] = [.middleEast, .europe, .asia, .world]
    static let prefix = " allymap "

    static func tabText(_ region: Region) -> String {
        let key = region == .world ? "0" : String(Region.allyRegions.firstIndex(of: region)! + 1)
        return " \(key) \(region.name) "
    }

    /// Column ranges of the tabs for a bar of this width.
    static func tabRanges(width: Int) -> [(Region, Range<Int>)] {
        var x = DisplayWidth.of(prefix) + 1
        var out: [(Region, Range<Int>)] = []
        for r in order {
            let w = DisplayWidth.of(tabText(r))
            if x + w > width { break }
            out.append((r, x..<(x + w)))
            x += w + 1
        }
        return out
    }

    /// The region whose tab is at column `x`.
    public static func region(at x: Int, width: Int) -> Region? {
        tabRanges(width: width).first { $0.1.contains(x) }?.0
    }

    public static func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(" ", style: Theme.titleBar))
        buffer.write(prefix, x: area.x, y: area.y, style: Theme.titleBar.bolded, clip: area)
        for (r, range) in tabRanges(width: area.width) {
            let style = r == state.region ? Theme.activeTab : Theme.titleBar
            buffer.write(tabText(r), x: area.x + range.lowerBound, y: area.y, style: style, clip: area)
        }
        let latest = state.dataset.events.last?.date.text ?? "?"
        var info = "data to \(latest) · \(state.dataset.allyCount) allies"
        if state.assessment.scenarioIndex != 0 { info = "what-if: \(state.assessment.scenarioName) · " + info }
        let x = area.maxX - DisplayWidth.of(info) - 1
        let tabsEnd = tabRanges(width: area.width).last.map { $0.1.upperBound } ?? 0
        if x > tabsEnd + 1 {
            buffer.write(info, x: x, y: area.y, style: state.assessment.scenarioIndex != 0 ? Theme.titleBar.bolded : Theme.titleBar, clip: area)
        }
    }
}

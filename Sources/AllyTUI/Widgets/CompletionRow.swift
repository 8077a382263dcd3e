/// The row above the command line while Tab cycles: the candidates, the one in the line
/// highlighted, scrolled so it is always in view (vim's wildmenu).
public struct CompletionRow: Widget {
    public var candidates: [String]
    public var selected: Int

    public init(candidates: [String], selected: Int) { (self.candidates, self.selected) = (candidates, selected) }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(" ", style: Theme.titleBar))
        let gap = 2
        // Start where the highlighted candidate still fits, counting back from it.
        var first = selected, used = (candidates.indices.contains(selected) ? DisplayWidth.of(candidates[selected]) : 0) + 2
        while first > 0, used + DisplayWidth.of(candidates[first - 1]) + gap <= area.width - 4 {
            first -= 1
            used += DisplayWidth.of(candidates[first]) + gap
        }
        var x = area.x + 1
        if first > 0 { x = buffer.write("< ", x: x, y: area.y, style: Theme.titleBar, clip: area) }
        for i in first..<candidates.count {
            let width = DisplayWidth.of(candidates[i])
            if x + width + 2 > area.maxX {
                buffer.write(">", x: area.maxX - 2, y: area.y, style: Theme.titleBar, clip: area)
                break
            }
            x = buffer.write(candidates[i], x: x, y: area.y, style: i == selected ? Theme.activeTab : Theme.titleBar, clip: area)
            x += gap
        }
    }
}

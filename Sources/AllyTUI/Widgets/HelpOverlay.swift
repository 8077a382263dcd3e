#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `?` overlay: every key binding from the key table, and the map's symbols.
public enum HelpOverlay {
    public static func lines(unicode: Bool) -> [StyledLine] {
        var out = [StyledLine("Keys", Theme.accent.bolded)]
        for b in KeyMap.bindings where !b.help.isEmpty {
            out.append(StyledLine([Span(" " + b.label.padded(to: 12), Theme.keyHint), Span(b.help)]))
        }
        out.append(StyledLine([Span(" " + "mouse".padded(to: 12), Theme.keyHint),
                               Span("click an ally or a region tab; wheel scrolls a pane")]))
        out.append(.empty)
        out.append(StyledLine("Map", Theme.accent.bolded))
        for (glyph, meaning) in MapLegend.entries(unicode: unicode) {
            out.append(StyledLine([Span(" \(glyph)  ", Theme.value), Span(meaning)]))
        }
        out.append(StyledLine(" allies are coloured by risk: \(MarkerStyle.riskLegend)", Theme.dim))
        return out
    }

    /// How many help lines fit on a screen of this size (the box leaves a margin and its border).
    public static func visibleRows(screen: Size) -> Int { max(1, screen.height - 2 - 2 - 2) }

    public static func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let lines = Self.lines(unicode: state.unicode)
        let width = min(area.width - 2, max(56, lines.map(\.width).max() ?? 40) + 4)
        let height = min(area.height - 2, lines.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, with: .blank)
        let inner = box.inset(by: 1)
        let footer = PaneFrame.scrollFooter(total: lines.count, offset: state.helpScroll, height: inner.height, unicode: state.unicode)
        PaneFrame.draw(into: &buffer, frame: box, title: footer == nil ? "Help — any key closes" : "Help — ↑↓ scroll, any other key closes",
                       focused: true, unicode: state.unicode, footer: footer)
        PaneFrame.drawLines(lines, offset: state.helpScroll, into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height))
    }
}

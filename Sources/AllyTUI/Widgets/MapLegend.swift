import AllyModel

/// The map's one-row legend (`L`, drawn in the map's bottom border): each risk level's marker and colour, then the other markers,
/// drawn with the very glyphs and styles the map uses and named in the theme's words. Items
/// that do not fit are dropped from the end; colour names go first when the levels are tight.
public struct MapLegend: Widget {
    public struct Item: Sendable, Equatable {
        public var glyph: String
        public var style: Style
        /// The colour's word, shown when there is room ("red").
        public var colour: String?
        public var meaning: String
        func text(withColour: Bool) -> String {
            [glyph, withColour ? colour : nil, meaning].compactMap { $0 }.joined(separator: " ")
        }
    }

    public var charset: MapCharset
    public var theme: ColorTheme
    /// Under a what-if the map shows risk changes after names; the legend says so.
    public var whatIf: Bool
    /// False without colour (NO_COLOR): no colour is named.
    public var colours: Bool

    public init(charset: MapCharset, theme: ColorTheme, whatIf: Bool = false, colours: Bool = true) {
        (self.charset, self.theme, self.whatIf, self.colours) = (charset, theme, whatIf, colours)
    }

    /// Risk levels highest first, then what a what-if adds, then the other actors.
    public var items: [Item] {
        var out = [RiskLevel.high, .medium, .low, .unknown].map { level in
            let color = MarkerStyle.color(for: level)
            return Item(glyph: String(level.glyph(charset)), style: Style(foreground: color, bold: true),
                        colour: theme.colourName(of: color), meaning: level.rawValue)
        }
        if whatIf {
            out.append(Item(glyph: MarkerStyle.changeText(5, charset: charset), style: MarkerStyle.changeStyle(5, selected: false),
                            colour: nil, meaning: "risk moved"))
        }
        let others: [(MarkerSymbol, String)] = [(.adversary, "adversary"), (.nuclearAdversary, "nuclear"),
                                                (.armedGroup, "armed group"), (.unitedStates, "US")]
        out += others.map { symbol, meaning in
            Item(glyph: String(symbol.glyph(charset)), style: Style(foreground: MarkerStyle.color(for: symbol), bold: true),
                 colour: nil, meaning: meaning)
        }
        return out
    }

    static let gap = 2

    /// The items that fit in `width` cells, and whether their colours are named.
    public func fitted(width: Int) -> (items: [Item], colours: Bool) {
        let all = items
        let levels = all.prefix(4)
        let named = levels.reduce(1) { $0 + DisplayWidth.of($1.text(withColour: true)) + Self.gap } - Self.gap
        let colours = self.colours && named <= width
        var out: [Item] = []
        var used = 1
        for item in all {
            let w = DisplayWidth.of(item.text(withColour: colours)) + (out.isEmpty ? 0 : Self.gap)
            if used + w > width { break }
            out.append(item)
            used += w
        }
        return (out, colours)
    }

    /// Draws the items that fit on the first row of `area` (a frame's border: cells past the
    /// last item are left as they were), a space either side.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let (items, colours) = fitted(width: area.width - 1)
        guard !items.isEmpty else { return }
        var x = area.x
        for (i, item) in items.enumerated() {
            x = buffer.write(i == 0 ? " " : "  ", x: x, y: area.y, style: .plain, clip: row)
            x = buffer.write(item.glyph, x: x, y: area.y, style: item.style, clip: row)
            if colours, let colour = item.colour {
                x = buffer.write(" " + colour, x: x, y: area.y, style: Style(foreground: item.style.foreground), clip: row)
            }
            x = buffer.write(" " + item.meaning, x: x, y: area.y, style: .plain, clip: row)
        }
        buffer.write(" ", x: x, y: area.y, style: .plain, clip: row)
    }
}

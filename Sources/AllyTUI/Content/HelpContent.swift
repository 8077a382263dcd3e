import AllyModel

/// The `?` overlay's text: every key of the key table, mode by mode, then the map's symbols.
public enum HelpContent {
    public static func lines(unicode: Bool) -> [StyledLine] {
        var out: [StyledLine] = []
        for context in KeyContext.allCases {
            let rows = KeyTable.rows(in: context).filter { !(context != .normal && isRegionRow($0)) }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append(.empty) }
            out.append(StyledLine(context == .normal ? "Keys" : "Keys in \(context.title)", Theme.accent.bolded))
            for b in rows {
                out.append(StyledLine([Span(" " + b.label.padded(to: 12), Theme.keyHint), Span(b.help)]))
            }
            if context == .normal {
                out.append(StyledLine([Span(" " + "Ctrl-C".padded(to: 12), Theme.keyHint), Span("quit at once")]))
                for (what, help) in KeyTable.mouse {
                    out.append(StyledLine([Span(" " + what.padded(to: 12), Theme.keyHint), Span(help)]))
                }
            }
        }
        out.append(.empty)
        out.append(StyledLine("Map", Theme.accent.bolded))
        let charset: MapCharset = unicode ? .braille : .ascii
        for symbol in MarkerSymbol.allCases {
            out.append(StyledLine([Span(" \(symbol.glyph(charset))  ", Theme.value), Span(symbol.meaning)]))
        }
        out.append(StyledLine(" allies are coloured by risk if US protection weakens:", Theme.dim))
        out.append(StyledLine(" " + MarkerStyle.riskLegend, Theme.dim))
        let (up, down) = (MarkerStyle.changeText(5, charset: charset), MarkerStyle.changeText(-3, charset: charset))
        out.append(StyledLine(" \(up) or \(down) after a name: its risk's move under a what-if", Theme.dim))
        return out
    }

    /// Region keys also work in the detail view; the help lists them once, under the map.
    private static func isRegionRow(_ b: KeyBinding) -> Bool {
        if case .showRegion = b.action { return true }
        return false
    }
}

import AllyModel

/// The `?` overlay's text: the map's symbols and what the scores mean, every key of the key
/// table mode by mode, then the `:` commands.
public enum HelpContent {
    /// The map's symbols and what the scores mean, then every key; colours named as `theme` draws
    /// them, and none named when `theme` is nil (no colour on screen).
    public static func lines(unicode: Bool, theme: ColorTheme? = .dark) -> [StyledLine] {
        // What the map and the scores mean comes first: the score panes send readers here.
        var out = map(charset: unicode ? .braille : .ascii, theme: theme) + [.empty] + scores(theme: theme)
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
        out.append(StyledLine("Commands (type : then one of these; Tab completes)", Theme.accent.bolded))
        for spec in CommandTable.commands {
            out.append(StyledLine([Span(" :" + spec.usage, Theme.keyHint)]))
            out.append(StyledLine([Span("     " + spec.help)]))
        }
        return out
    }

    /// The map's markers, drawn as the map draws them, and their colours in words.
    static func map(charset: MapCharset, theme: ColorTheme?) -> [StyledLine] {
        var out = [StyledLine("Map (L shows or hides the legend under it)", Theme.accent.bolded)]
        for level in [RiskLevel.high, .medium, .low, .unknown] {
            let color = MarkerStyle.color(for: level)
            let what = level == .unknown ? "ally whose risk is unknown (too little data)" : "ally at \(level.rawValue) risk"
            out.append(StyledLine([Span(" \(level.glyph(charset))  ", Style(foreground: color, bold: true)),
                                   Span(what + (theme.map { ", \($0.colourName(of: color))" } ?? ""))]))
        }
        for symbol in MarkerSymbol.allCases where symbol != .ally {
            out.append(StyledLine([Span(" \(symbol.glyph(charset))  ", Style(foreground: MarkerStyle.color(for: symbol), bold: true)),
                                   Span(symbol.meaning)]))
        }
        if let theme {
            out.append(StyledLine(" allies are coloured by risk if US protection weakens:", Theme.dim))
            out.append(StyledLine(" " + MarkerStyle.riskLegend(theme), Theme.dim))
        } else {
            out.append(StyledLine(" an ally's shape is its risk if US protection weakens", Theme.dim))
        }
        let (up, down) = (MarkerStyle.changeText(5, charset: charset), MarkerStyle.changeText(-3, charset: charset))
        out.append(StyledLine(" \(up) or \(down) after a name: its risk's move under a what-if", Theme.dim))
        return out
    }

    /// What the numbers in the Dependency and Risk panes and the table mean (lines fit 80 columns).
    static func scores(theme: ColorTheme?) -> [StyledLine] {
        let low = Int(RiskLevel.mediumFrom), high = Int(RiskLevel.highFrom)
        let minimum = Int(RiskLevel.minimumCoverage * 100)
        let weak = theme.map { " or a \($0.colourName(of: Theme.weak.foreground)) value" } ?? ""
        return [
            StyledLine("Scores", Theme.accent.bolded),
            StyledLine(" Every score runs from 0 to 100; higher means more of what it names:"),
            StyledLine("  Reliance on the US, US commitment (promises, forces), Exposure to"),
            StyledLine("  threats, Risk if US protection weakens (exposure the US won't cover)."),
            StyledLine(" Risk levels: under \(low) low, \(low)–\(high) medium, \(high) and up high;"),
            StyledLine("  unknown when under \(minimum) % of the score's weight has data."),
            StyledLine(" (a–b) band: the score in 90 % of \(Uncertainty.draws) rescorings, weights ±50 %"),
            StyledLine("  and unknown inputs drawn from other allies; rank a–b of n likewise."),
            StyledLine("  A band with no point score: too little is known to rank it."),
            StyledLine(" * after a score: some inputs unknown and left out (n % of weight known)."),
            StyledLine(" ~\(weak): a low-confidence figure."),
            StyledLine(" [unverified]: a figure not yet checked against its source."),
        ]
    }

    /// Region keys also work in the detail view; the help lists them once, under the map.
    private static func isRegionRow(_ b: KeyBinding) -> Bool {
        if case .showRegion = b.action { return true }
        return false
    }
}

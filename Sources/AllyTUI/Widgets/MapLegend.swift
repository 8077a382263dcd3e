import AllyModel

/// One-line descriptions of actors for the status bar, and the map's symbol legend.
public enum MapLegend {
    /// "Iran — adversary state, not nuclear-armed (0 warheads, 2025)".
    public static func describe(_ actor: Actor, in dataset: Dataset) -> String {
        var text = "\(actor.name) — \(actor.kind.label)"
        if !actor.host.isEmpty { text += " based in \(actor.host)" }
        if let w = dataset.indicator(actor.id, .nuclearWarheads) {
            if let n = w.value.number {
                text += n > 0 ? ", nuclear-armed (\(w.displayValue), \(w.yearText))" : ", not nuclear-armed"
            }
        }
        return text
    }

    /// The symbols and what they mean, for the help overlay.
    public static func entries(unicode: Bool) -> [(glyph: Character, meaning: String)] {
        let charset: MapCharset = unicode ? .braille : .ascii
        return MarkerSymbol.allCases.map { ($0.glyph(charset), $0.meaning) }
    }
}

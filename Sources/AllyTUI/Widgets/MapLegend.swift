import AllyModel

/// One-line descriptions of actors for the status bar, and the map's symbol legend.
public enum MapLegend {
    /// "Iran — adversary state, not nuclear-armed (0 warheads, 2025)".
    public static func describe(_ actor: Actor, in dataset: Dataset) -> String {
        var text = "\(actor.name) — \(actor.kind.label)"
        if !actor.host.isEmpty { text += " based in \(actor.host)" }
        let nuclear = NuclearStatus(of: actor.id, in: dataset)
        switch nuclear.armed {
        case true?: text += ", nuclear-armed" + (nuclear.warheads.map { " (\($0.displayValue), \($0.yearText))" } ?? "")
        case false?: text += ", not nuclear-armed"
        case nil: break
        }
        return text
    }

    /// The symbols and what they mean, for the help overlay.
    public static func entries(unicode: Bool) -> [(glyph: Character, meaning: String)] {
        let charset: MapCharset = unicode ? .braille : .ascii
        return MarkerSymbol.allCases.map { ($0.glyph(charset), $0.meaning) }
    }
}

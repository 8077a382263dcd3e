import AllyModel

/// One-line descriptions of actors, for the status bar when an adversary's marker is clicked.
public enum ActorSummary {
    /// "Iran — adversary state, not nuclear-armed".
    public static func line(_ actor: Actor, in dataset: Dataset) -> String {
        var text = "\(actor.name) — \(actor.kind.label)"
        if !actor.host.isEmpty { text += " based in \(actor.host)" }
        if let w = dataset.indicator(actor.id, "nuclear_warheads"), let n = w.value.number {
            text += n > 0 ? ", nuclear-armed (\(w.displayValue), \(w.yearText))" : ", not nuclear-armed"
        }
        return text
    }
}

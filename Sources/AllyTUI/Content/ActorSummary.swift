import AllyModel

/// One-line descriptions of actors, for the status bar when an adversary's marker is clicked.
public enum ActorSummary {
    /// "Iran — adversary state, not nuclear-armed".
    public static func line(_ actor: Actor, in dataset: Dataset) -> String {
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
}

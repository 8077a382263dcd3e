extension ClaimCheck {
    /// Supported when, for every other actor the claim names, the timeline holds an armed event
    /// that `attacker` carried out against it (events record who acted and who was the target).
    public static func attacks(by attacker: String) -> ClaimCheck {
        ClaimCheck(name: "armed events involving \(attacker)") { claim, model in
            let targets = claim.actors.filter { $0 != attacker }
            guard !targets.isEmpty else { return .cannotCompute("the claim names no targets") }
            var pro: [String] = [], con: [String] = []
            let armed = model.dataset.events(involving: attacker).filter { $0.kind == .armed && $0.actor.contains(attacker) }
            for t in targets {
                let n = CheckText.name(t, model)
                let hits = armed.filter { $0.target.contains(t) }
                if let first = hits.last {
                    pro.append("\(n): \(hits.count) armed event\(hits.count == 1 ? "" : "s"), first \(first.date.text) \(first.title)")
                } else {
                    con.append("\(n): no strike by \(CheckText.name(attacker, model)) on it in the timeline")
                }
            }
            let why = "\(pro.count) of \(targets.count) named targets were struck by \(CheckText.name(attacker, model)) in the timeline (events with it as actor and them as target)."
            return CheckOutcome(CheckOutcome.tally(holds: pro.count, fails: con.count), why, supporting: pro, contradicting: con)
        }
    }
}

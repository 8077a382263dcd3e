extension ClaimCheck {
    /// Supported when, for every other actor the claim names, the timeline holds an armed event involving it and `attacker`.
    ///
    /// Events do not record who struck whom, so a shared armed event is taken as a strike; the lines name each event for checking.
    public static func attacks(by attacker: String) -> ClaimCheck {
        ClaimCheck(name: "armed events involving \(attacker)") { claim, model in
            let targets = claim.actors.filter { $0 != attacker }
            guard !targets.isEmpty else { return .cannotCompute("the claim names no targets") }
            var pro: [String] = [], con: [String] = []
            let armed = model.dataset.events(involving: attacker).filter { $0.kind == .armed }
            for t in targets {
                let n = CheckText.name(t, model)
                let hits = armed.filter { $0.involves(t) }
                if let first = hits.last {
                    pro.append("\(n): \(hits.count) armed event\(hits.count == 1 ? "" : "s"), first \(first.date.text) \(first.title)")
                } else {
                    con.append("\(n): no armed event with \(CheckText.name(attacker, model)) in the timeline")
                }
            }
            let why = "\(pro.count) of \(targets.count) named targets share an armed event with \(CheckText.name(attacker, model)) in the timeline."
            return CheckOutcome(CheckOutcome.tally(holds: pro.count, fails: con.count), why, supporting: pro, contradicting: con)
        }
    }
}

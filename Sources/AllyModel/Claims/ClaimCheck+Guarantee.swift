extension ClaimCheck {
    /// The "New York for Paris" premise as a fact the data can check: the adversary can strike the US.
    /// The ally's own arsenal and a treaty tie count against the claim's conclusion. Inputs: arsenals,
    /// ranges, capitals and the treaty text — no model assumption.
    public static func homelandTrade(ally: String, adversary: String) -> ClaimCheck {
        ClaimCheck(name: "\(adversary)'s reach to the US homeland") { _, model in
            guard let a = model.dataset.actor(adversary), let us = model.dataset.actors.first(where: { $0.kind == .us }) else {
                return .cannotCompute("\(ally), \(adversary) or the US is missing")
            }
            let p = model.posture(of: adversary)
            let reach = p.reach(from: a.location, to: us.location)
            var pro: [String] = [], con: [String] = []
            if p.armed == true && reach.inReach {
                pro.append("\(a.name) can strike the US: \(CheckText.warheads(p)), \(reach.text)")
            } else {
                con.append("\(a.name) cannot strike the US with nuclear weapons per the data (\(p.armed == true ? reach.text : "not armed"))")
            }
            let own = model.posture(of: ally)
            if own.armed == true { con.append("\(CheckText.name(ally, model)) has its own deterrent: \(CheckText.warheads(own))") }
            if let tie = USTieClassifier.assess(ally: ally, in: model.dataset).level, tie == .automaticTreaty {
                con.append("\(CheckText.name(ally, model)) holds an automatic treaty guarantee (Art. 5)")
            }
            let verdict = CheckOutcome.tally(holds: pro.isEmpty ? 0 : 1, fails: con.count)
            let why = pro.isEmpty
                ? "The premise fails: \(a.name) is not shown able to hit the US."
                : "The premise holds; whether Washington would still act is a judgement the data cannot make."
            return CheckOutcome(verdict, why, supporting: pro, contradicting: con)
        }
    }

    /// The premise (no nuclear-armed adversary in `region` can threaten the US) against recent armed events involving US forces there.
    public static func manageableTheatre(region: Region) -> ClaimCheck {
        ClaimCheck(name: "nuclear foes and US combat in \(region.name)") { _, model in
            let foes = model.dataset.actors(in: region).filter { $0.kind.isThreat }
            guard !foes.isEmpty else { return .cannotCompute("no adversaries in \(region.name)") }
            let armed = foes.filter { model.posture(of: $0.id).armed == true }.map(\.name)
            var pro: [String] = [], con: [String] = []
            if armed.isEmpty { pro.append("No adversary in \(region.name) is nuclear-armed (\(foes.count) checked)") }
            else { con.append("Nuclear-armed adversaries in \(region.name): \(CheckText.list(armed))") }
            if let latest = model.dataset.events.map(\.date.last).max() {
                let from = latest - ExposureIndex.recentYears + 1
                let fights = model.dataset.events.filter {
                    $0.kind == .armed && $0.region == region && $0.involves("us") && $0.date.last >= from
                }
                if !fights.isEmpty {
                    con.append("\(fights.count) armed events involving US forces in \(region.name), \(from)–\(latest): "
                               + fights.map(\.title).joined(separator: "; "))
                }
            }
            let why = "Measured: whether any adversary there has the bomb, and how often US forces fought there recently."
            return CheckOutcome(CheckOutcome.tally(holds: pro.count, fails: con.count), why, supporting: pro, contradicting: con)
        }
    }
}

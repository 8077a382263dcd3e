extension ClaimCheck {
    /// Supported when `ally`'s US-guarantee credibility is higher than every ally whose adversaries can strike the US.
    public static func credibilityHighest(for ally: String) -> ClaimCheck {
        ClaimCheck(name: "credibility of the US guarantee") { _, model in
            guard let mine = try? model.credibility(of: ally), let value = mine.value else {
                return .cannotCompute("credibility of \(ally) is unknown")
            }
            let rivals = model.dataset.allies.filter { $0.id != ally }.compactMap { a -> (Actor, Double)? in
                guard let c = try? model.credibility(of: a.id), let v = c.value, (c.homelandThreat ?? 0) > 0 else { return nil }
                return (a, v)
            }
            guard let top = rivals.max(by: { $0.1 < $1.1 }) else { return .cannotCompute("no ally faces a threat to the US homeland") }
            let me = CheckText.name(ally, model)
            let line = "\(me): credibility \(CheckText.pct(value)); highest among allies whose adversaries can strike the US: \(top.0.name) \(CheckText.pct(top.1))"
            let beaten = rivals.filter { $0.1 >= value }.map { "\($0.0.name) \(CheckText.pct($0.1))" }
            if beaten.isEmpty {
                return CheckOutcome(.supported, "The model rates the US guarantee to \(me) above every ally exposed to a nuclear strike on the US.",
                                    supporting: [line])
            }
            return CheckOutcome(.contradicted, "\(CheckText.list(beaten)) rate as high or higher than \(me).", contradicting: [line])
        }
    }

    /// The "New York for Paris" premise: the adversary can strike the US, which lowers the guarantee's credibility;
    /// the ally's own arsenal and a treaty tie count against the claim's conclusion.
    public static func homelandTrade(ally: String, adversary: String) -> ClaimCheck {
        ClaimCheck(name: "\(adversary)'s reach to the US homeland") { _, model in
            guard let a = model.dataset.actor(adversary), let us = model.dataset.actors.first(where: { $0.kind == .us }),
                  let cred = try? model.credibility(of: ally), let value = cred.value else {
                return .cannotCompute("\(ally), \(adversary) or the US is missing")
            }
            let p = model.posture(of: adversary)
            let reach = p.reach(from: a.location, to: us.location)
            var pro: [String] = [], con: [String] = []
            if p.armed == true && reach.inReach {
                pro.append("\(a.name) can strike the US: \(CheckText.warheads(p)), \(reach.text)")
                pro.append("\(CheckText.name(ally, model)): credibility of the US guarantee \(CheckText.pct(value))")
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
                : "The premise holds (the model lowers credibility accordingly); whether Washington would still act is a judgement the data cannot make."
            return CheckOutcome(verdict, why, supporting: pro, contradicting: con)
        }
    }

    /// Supported when allies in `region` face, on average, the largest nuclear threat to the US homeland.
    public static func greatestHomelandHazard(region: Region) -> ClaimCheck {
        ClaimCheck(name: "homeland threat by region") { _, model in
            var means: [(Region, Double)] = []
            for r in Region.allyRegions {
                let values = model.dataset.allies(in: r).compactMap { try? model.credibility(of: $0.id).homelandThreat }
                guard !values.isEmpty else { continue }
                means.append((r, values.reduce(0, +) / Double(values.count)))
            }
            guard let mine = means.first(where: { $0.0 == region }) else { return .cannotCompute("no allies in \(region.name)") }
            let lines = means.sorted { $0.1 > $1.1 }.map { "\($0.0.name): mean homeland threat \(CheckText.pct($0.1))" }
            let top = means.max { $0.1 < $1.1 }!
            if mine.1 >= top.1 {
                return CheckOutcome(.supported, "Allies in \(region.name) face the adversaries most able to strike the US, on average.",
                                    supporting: lines)
            }
            return CheckOutcome(.contradicted, "\(top.0.name), not \(region.name), has the highest mean homeland threat.",
                                contradicting: lines)
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
                let from = latest - RiskIndex.recentYears + 1
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

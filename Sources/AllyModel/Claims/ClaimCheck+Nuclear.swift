extension ClaimCheck {
    /// Supported when none of `ally`'s listed adversaries holds nuclear weapons while `contrast` does.
    public static func noNuclearAdversary(ally: String, contrast: String) -> ClaimCheck {
        ClaimCheck(name: "nuclear status of \(ally)'s adversaries") { _, model in
            guard let subject = model.dataset.actor(ally) else { return .cannotCompute("\(ally) is not in the dataset") }
            var armed: [String] = [], unarmed: [String] = [], unknown: [String] = []
            for id in subject.adversaries {
                let p = model.posture(of: id)
                let n = CheckText.name(id, model)
                switch p.armed {
                case true?: armed.append("\(n) (\(CheckText.warheads(p)))")
                case false?: unarmed.append(n)
                case nil: unknown.append(n)
                }
            }
            var pro: [String] = [], con: [String] = []
            if !unarmed.isEmpty { pro.append("Not nuclear-armed: \(CheckText.list(unarmed))") }
            if !armed.isEmpty { con.append("Nuclear-armed adversary of \(subject.name): \(CheckText.list(armed))") }
            let other = model.posture(of: contrast)
            let otherName = CheckText.name(contrast, model)
            if other.armed == true { pro.append("\(otherName), the contrast case, holds \(CheckText.warheads(other))") }
            if other.armed == false { con.append("\(otherName), the contrast case, holds no nuclear weapons") }
            let holds = (armed.isEmpty && unknown.isEmpty ? 1 : 0) + (other.armed == true ? 1 : 0)
            let fails = (armed.isEmpty ? 0 : 1) + (other.armed == false ? 1 : 0)
            var verdict = CheckOutcome.tally(holds: holds, fails: fails)
            if !unknown.isEmpty && armed.isEmpty { verdict = .needsJudgement }
            var why = armed.isEmpty
                ? "None of \(subject.name)'s \(subject.adversaries.count) listed adversaries holds warheads in the data"
                : "\(CheckText.list(armed)) \(armed.count == 1 ? "is" : "are") nuclear-armed"
            if !unknown.isEmpty { why += "; status unknown for \(CheckText.list(unknown))" }
            why += other.armed == true ? ", while \(otherName) does." : "."
            return CheckOutcome(verdict, why, supporting: pro, contradicting: con)
        }
    }

    /// Supported when each named actor shows majority public support for its own bomb in a poll.
    ///
    /// A poll above 50 % counts as open debate; a poll at or below 50 % counts against; no poll is
    /// reported as "not shown", which makes the verdict mixed when the others hold.
    public static func ownWeaponsDebate(in actors: [String], majority: Double = 50) -> ClaimCheck {
        ClaimCheck(name: "polls on own nuclear weapons") { _, model in
            var pro: [String] = [], con: [String] = [], absent: [String] = []
            for id in actors {
                let n = CheckText.name(id, model)
                guard let poll = model.dataset.indicator(id, .publicSupportOwnNukes), let v = poll.value.number else {
                    absent.append(n); continue
                }
                let line = "\(n): \(IndicatorCatalog.formatNumber(v, unit: "%")) public support (\(poll.yearText))"
                if v > majority { pro.append(line) } else { con.append(line + ", not a majority") }
            }
            let minorities = con.count
            if !absent.isEmpty { con.append("No poll or statement in the data for \(CheckText.list(absent))") }
            // With no poll anywhere there is nothing to compute; a missing poll beside a majority makes it mixed.
            let verdict: Verdict = pro.isEmpty && minorities == 0 ? .needsJudgement
                : CheckOutcome.tally(holds: pro.count, fails: minorities + absent.count)
            let why = "Majority support in a poll counts as open debate: "
                + "\(pro.count) of \(actors.count) show it" + (absent.isEmpty ? "." : "; no data for \(CheckText.list(absent)).")
            return CheckOutcome(verdict, why, supporting: pro, contradicting: con)
        }
    }

    /// Supported when every ally named faces a nuclear-armed adversary that can reach it.
    public static func nuclearRivalInReach(allies: [String]) -> ClaimCheck {
        ClaimCheck(name: "nuclear-armed adversary in reach") { _, model in
            var pro: [String] = [], con: [String] = []
            for id in allies {
                guard let exposure = try? model.exposure(of: id), let c = exposure.component(ExposureComponent.nuclear.rawValue) else {
                    return .cannotCompute("\(id) is not an ally in the dataset")
                }
                let line = "\(CheckText.name(id, model)): \(c.input)"
                if (c.normalised ?? 0) > 0 { pro.append(line) } else { con.append(line) }
            }
            // The claim contrasts now with before; the data hold today's arsenals only.
            con.append("Then versus now: the data hold no earlier arsenals, so the contrast the claim draws is not tested")
            let why = "\(pro.count) of \(allies.count) face a nuclear asymmetry today; the claim's contrast with the past cannot be measured."
            return CheckOutcome(CheckOutcome.tally(holds: pro.count, fails: con.count), why, supporting: pro, contradicting: con)
        }
    }
}

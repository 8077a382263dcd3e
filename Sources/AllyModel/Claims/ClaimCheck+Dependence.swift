extension ClaimCheck {
    /// Reads `ally`'s reliance components: each above 0.5 supports dependence on a patron, each below 0.5 cuts against it.
    /// Inputs: the reliance index only (measured, no assumption).
    public static func patronDependence(ally: String) -> ClaimCheck {
        ClaimCheck(name: "reliance profile of \(ally)") { _, model, detail in
            guard let d = try? model.reliance(of: ally), let total = d.total else {
                return .cannotCompute("reliance of \(ally) is unknown")
            }
            var pro: [String] = [], con: [String] = []
            for c in d.components {
                guard let n = c.normalised else { continue }
                let line = "\(c.name) \(IndicatorValue.format((n * 100).rounded() / 100)): \(c.input)"
                if n > 0.5 { pro.append(line) } else if n < 0.5 { con.append(line) }
            }
            let verdict = CheckOutcome.tally(holds: pro.count, fails: con.count)
            // The rank needs every ally's reliance and only feeds the reasoning.
            guard detail == .full else { return CheckOutcome(verdict, "", supporting: pro, contradicting: con) }
            let all = model.dataset.allies.compactMap { try? model.reliance(of: $0.id).total }
            let rank = all.filter { $0 > total }.count + 1
            let why = "\(CheckText.name(ally, model))'s reliance index is \(d.totalText)/100, rank \(rank) of \(all.count) allies; "
                + "components above 0.5 count for dependence, below 0.5 against."
            return CheckOutcome(verdict, why, supporting: pro, contradicting: con)
        }
    }

    /// A rising power outspends the allies named combined while they depend heavily on the US;
    /// the guarantor still outspending it counts against a shifted balance.
    public static func risingPower(_ power: String, against allies: [String], guarantor: String) -> ClaimCheck {
        ClaimCheck(name: "\(power)'s weight against \(allies.joined(separator: " + "))") { _, model in
            func usd(_ id: String) -> Double? { model.dataset.indicator(id, .milexUSD).flatMap(MoneyUnit.usd).map { $0 * model.scenario.capabilityFactor(id) } }
            guard let theirs = usd(power) else { return .cannotCompute("\(power)'s spending is unknown") }
            let ours = allies.compactMap(usd)
            guard ours.count == allies.count else { return .cannotCompute("spending unknown for one of \(allies)") }
            let bn = { (x: Double) in IndicatorCatalog.formatNumber((x / 1e7).rounded() / 100, unit: "USD bn") }
            var pro: [String] = [], con: [String] = []
            let sum = ours.reduce(0, +)
            let line = "\(CheckText.name(power, model)) spends \(bn(theirs)) vs \(bn(sum)) for \(CheckText.list(allies.map { CheckText.name($0, model) })) combined"
            if theirs > sum { pro.append(line) } else { con.append(line) }
            for id in allies {
                guard let d = try? model.reliance(of: id), let t = d.total else { continue }
                let l = "\(CheckText.name(id, model)): reliance on the US \(d.totalText)/100"
                if t >= 50 { pro.append(l) } else { con.append(l + " (below 50)") }
            }
            // US spending is global; only the allies' own 2015-to-2024 change is a trend the data hold.
            for id in allies {
                if let then = model.dataset.indicator(id, .milexPctGDP2015)?.value.number,
                   let now = model.dataset.indicator(id, .milexPctGDP)?.value.number {
                    let l = "\(CheckText.name(id, model)): military spending \(IndicatorValue.format(then)) % of GDP in 2015 → \(IndicatorValue.format(now)) % in 2024"
                    if now > then { pro.append(l + " (rising, as a shift would predict)") } else { con.append(l) }
                }
            }
            _ = guarantor
            let why = "Measured: China's spending against the allies combined, their reliance on the US, and their own spending trend. US spending is global, so it is not set against China's here."
            return CheckOutcome(CheckOutcome.tally(holds: pro.count, fails: con.count), why, supporting: pro, contradicting: con)
        }
    }
}

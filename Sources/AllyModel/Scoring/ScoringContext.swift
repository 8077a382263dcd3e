/// The dataset seen through a scenario: each figure the indices read, already adjusted, with a note saying how.
struct ScoringContext: Sendable {
    let dataset: Dataset
    let scenario: Scenario
    /// The guarantor, whose capital stands for the US homeland.
    let us: Actor?
    /// Year of the newest event; "recent" is measured back from it, not from today's clock.
    let latestEventYear: Int?
    /// Inputs read under this dataset and scenario by earlier models, when the model shares them.
    let inputs: InputCache?

    init(dataset: Dataset, scenario: Scenario, inputs: InputCache? = nil) {
        self.dataset = dataset
        self.scenario = scenario
        self.inputs = inputs
        // Both precomputed by the dataset: a context is built per score asked for, so scanning every
        // actor and event here made scoring all allies quadratic on large datasets.
        us = dataset.us
        latestEventYear = dataset.latestEventYear
    }

    /// US commitment as a fraction (1 = full).
    var commitment: Double { Normalisation.unit(scenario.usCommitment) }

    /// The actors listed as an ally's adversaries that exist in the dataset.
    func adversaries(of ally: Actor) -> [Actor] { ally.adversaries.compactMap { dataset.actor($0) } }

    func name(_ id: String) -> String { dataset.actor(id)?.name ?? id }

    /// Military spending in US dollars, with scenario growth applied; nil when unknown or not in dollars.
    func milex(_ actor: String) -> MilexFigure? {
        guard let x = dataset.indicator(actor, .milexUSD), let usd = MoneyUnit.usd(x) else { return nil }
        let factor = scenario.capabilityFactor(actor)
        return MilexFigure(indicator: x, usd: usd * factor, factor: factor)
    }

    /// Nuclear posture with scenario overrides and growth applied.
    func posture(_ actor: String) -> NuclearPosture {
        var p = NuclearPosture(actor: actor, in: dataset)
        if let has = scenario.nuclear[actor] {
            if has, !(p.armed ?? false) || (p.warheads ?? 0) <= 0 {
                p.armed = true
                p.warheads = NuclearPosture.nominalNewArsenal
                p.notes.append("acquires weapons (scenario: \(Int(NuclearPosture.nominalNewArsenal)) warheads assumed)")
            } else if !has {
                p.armed = false; p.warheads = 0; p.strategicWarheads = nil
                p.notes.append("gives up its weapons (scenario)")
            }
        }
        let factor = scenario.capabilityFactor(actor)
        if factor != 1, p.armed == true {
            p.warheads = p.warheads.map { $0 * factor }
            p.strategicWarheads = p.strategicWarheads.map { $0 * factor }
            p.notes.append("arsenal \(Self.growthText(factor)) (scenario)")
        }
        return p
    }

    /// The ally's tie, with "leaves its treaty" applied.
    func tie(_ ally: String) -> USTieAssessment {
        USTieClassifier.assess(ally: ally, in: dataset, leavingTreaty: scenario.leaving.contains(ally))
    }

    /// `55,000 personnel (2024; DMDC)`: an indicator's value with its year and a short source name.
    func describe(_ x: Indicator) -> String {
        let year = x.yearText.isEmpty ? "" : "\(x.yearText); "
        return "\(x.displayValue) (\(year)\(Self.shortSource(x.source.name)))"
    }

    /// The source name up to its first qualifier: "SIPRI Military Expenditure Database / Fact Sheet…" → "SIPRI Military Expenditure Database".
    static func shortSource(_ name: String) -> String {
        // Byte offsets: the markers are ASCII, so each one starts on a character boundary.
        let cut = [" (", " / ", "; ", ", "].compactMap { name.utf8Offset(of: $0) }.min() ?? name.utf8.count
        let s = String(name[..<name.utf8.index(name.startIndex, offsetBy: cut)])
        return s.count > 40 ? String(s.prefix(39)) + "…" : s
    }

    /// 1.3 → "+30 %", 0.8 → "-20 %".
    static func growthText(_ factor: Double) -> String {
        let pct = (factor - 1) * 100
        return "\(pct >= 0 ? "+" : "")\(IndicatorValue.format((pct * 10).rounded() / 10)) %"
    }
}

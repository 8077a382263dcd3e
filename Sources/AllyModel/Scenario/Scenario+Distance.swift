extension Scenario {
    /// How far the scenario moves from the baseline, in whole changes, so what-ifs can be tried
    /// smallest first: withdrawing the whole US commitment counts 1 (hedging to 50 % counts 0.5),
    /// growth counts its size (+30 % counts 0.3), and each nuclear override and each ally leaving
    /// its treaty counts 1 — one actor's world turned over.
    public var distanceFromBaseline: Double {
        (1 - usCommitment) + growth.values.reduce(0) { $0 + abs($1) } + Double(nuclear.count + leaving.count)
    }
}

extension ScenarioPresets {
    /// The presets other than the baseline, smallest move from it first; ties keep the listed order.
    /// Built-ins: china-surge 0.3, hedged 0.5, us-retrenchment 0.6, us-withdrawal 1, turkey-exit 1,
    /// gulf-proliferation 2, asian-nuclear-cascade 2.5.
    public static var bySize: [Scenario] {
        all.enumerated().filter { !$0.element.isBaseline }
            .sorted { ($0.element.distanceFromBaseline, $0.offset) < ($1.element.distanceFromBaseline, $1.offset) }
            .map(\.element)
    }
}

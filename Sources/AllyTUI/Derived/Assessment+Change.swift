import AllyModel

extension Assessment {
    /// How many points an ally's risk moves under the scenario in force against the baseline;
    /// nil at the baseline, for no move, or when either side cannot be scored.
    public func riskChange(of allyID: String) -> Int? {
        guard scenarioIndex != 0, let now = score(allyID)?.risk.total, let before = baseline(allyID)?.risk.total else { return nil }
        let d = Self.shownChange(from: before, to: now)
        return d == 0 ? nil : d
    }

    /// The change between two scores as the screen shows them: the difference of the whole
    /// numbers displayed, so "72 → 73" always reads "+1" and "72 → 72" never does.
    public static func shownChange(from before: Double, to after: Double) -> Int {
        Int(after.rounded()) - Int(before.rounded())
    }
}

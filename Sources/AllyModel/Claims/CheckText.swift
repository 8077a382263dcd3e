/// Small formatting helpers shared by the checks.
enum CheckText {
    static func pct(_ x: Double) -> String { "\(Scenario.percent(x)) %" }
    static func name(_ id: String, _ model: ScoringModel) -> String { model.dataset.actor(id)?.name ?? id }
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "none"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
    static func warheads(_ p: NuclearPosture) -> String {
        p.warheads.map { IndicatorCatalog.formatNumber($0.rounded(), unit: "warheads") } ?? "count unknown"
    }
}

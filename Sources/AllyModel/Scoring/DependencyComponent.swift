/// The components of the dependency index.
public enum DependencyComponent: String, Sendable, CaseIterable {
    case tie, troops, arms, aid, umbrella

    /// Name, rule and default weight of this component.
    public var descriptor: ScoreComponent {
        switch self {
        case .tie:
            return .init(id: rawValue, kind: .dependency, name: "formal US tie",
                         rule: "none 0 · informal 0.25 · designated partner 0.5 · consultative treaty 0.75 · automatic treaty 1",
                         defaultWeight: 25)
        case .troops:
            return .init(id: rawValue, kind: .dependency, name: "US troops present",
                         rule: "log scale: 0 → 0, 100 → 0.10, 10,000 → 0.67, 100,000 or more → 1",
                         defaultWeight: 20)
        case .arms:
            return .init(id: rawValue, kind: .dependency, name: "US share of arms imports",
                         rule: "share of major-arms imports from the US, 0–100 % → 0–1",
                         defaultWeight: 20)
        case .aid:
            return .init(id: rawValue, kind: .dependency, name: "US military aid vs budget",
                         rule: "annual US military aid ÷ own military spending; 0 → 0, 50 % or more → 1",
                         defaultWeight: 15)
        case .umbrella:
            return .init(id: rawValue, kind: .dependency, name: "reliance on US nuclear umbrella",
                         rule: "covered, no own bomb 1 · ambiguous 0.5 · covered with own bomb 0.25 · not covered 0",
                         defaultWeight: 20)
        }
    }
}

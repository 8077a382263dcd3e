/// The components of the risk index.
public enum RiskComponent: String, Sendable, CaseIterable {
    case balance, nuclear, proximity, conflict, deterrent, credibility

    /// Name, rule and default weight of this component.
    public var descriptor: ScoreComponent {
        switch self {
        case .balance:
            return .init(id: rawValue, kind: .risk, name: "strongest adversary vs ally",
                         rule: "military spending ratio on a log scale: 1:100 → 0, parity → 0.5, 100:1 → 1",
                         defaultWeight: 20)
        case .nuclear:
            return .init(id: rawValue, kind: .risk, name: "nuclear-armed adversary in reach",
                         rule: "0 if no adversary in reach has the bomb, else arsenal size on a log scale (1000+ warheads → 1)",
                         defaultWeight: 15)
        case .proximity:
            return .init(id: rawValue, kind: .risk, name: "distance to nearest adversary",
                         rule: "capital to capital, log scale: 100 km or less → 1, 10,000 km or more → 0",
                         defaultWeight: 10)
        case .conflict:
            return .init(id: rawValue, kind: .risk, name: "recent armed events",
                         rule: "armed events involving the ally in the last 3 years of the timeline; 6 or more → 1",
                         defaultWeight: 15)
        case .deterrent:
            return .init(id: rawValue, kind: .risk, name: "lack of own deterrent",
                         rule: "1 − strength: own nuclear weapons 1 · latent capability 0.2 · none 0",
                         defaultWeight: 15)
        case .credibility:
            return .init(id: rawValue, kind: .risk, name: "doubt about US guarantee",
                         rule: "1 − credibility; credibility = commitment × tie factor × (1 − 0.7 × homeland threat)",
                         defaultWeight: 25)
        }
    }
}

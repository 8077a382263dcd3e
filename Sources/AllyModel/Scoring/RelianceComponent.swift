/// The components of the reliance index: how much of the ally's security rests on US inputs.
public enum RelianceComponent: String, Sendable, CaseIterable {
    case arms, aid, forces, defence

    public var descriptor: ScoreComponent {
        switch self {
        case .arms:
            return .init(id: rawValue, kind: .reliance, name: "US share of arms imports",
                         rule: "share of major-arms imports from the US (SIPRI TIV), 0–100 % → 0–1", defaultWeight: 35)
        case .aid:
            return .init(id: rawValue, kind: .reliance, name: "US military aid vs budget",
                         rule: "annual US military aid ÷ own military spending; 0 → 0, 25 % or more → 1", defaultWeight: 25)
        case .forces:
            return .init(id: rawValue, kind: .reliance, name: "US forces vs own forces",
                         rule: "US troops in the country ÷ own active personnel; 0 → 0, 25 % or more → 1", defaultWeight: 20)
        case .defence:
            return .init(id: rawValue, kind: .reliance, name: "US forces defended it",
                         rule: "events since 2015 in which US forces defended the ally: none 0 · one 0.5 · two or more 1",
                         defaultWeight: 20)
        }
    }
}

/// The components of the commitment index: what the US has promised and placed.
public enum CommitmentComponent: String, Sendable, CaseIterable {
    case treaty, umbrella, sharing, troops

    public var descriptor: ScoreComponent {
        switch self {
        case .treaty:
            return .init(id: rawValue, kind: .commitment, name: "formal US tie",
                         rule: "none 0 · informal 0.25 · designated partner 0.5 · consultative treaty 0.75 · Art. 5-type treaty 1",
                         defaultWeight: 35)
        case .umbrella:
            return .init(id: rawValue, kind: .commitment, name: "US nuclear umbrella",
                         rule: "stated extended deterrence: covered 1 · ambiguous 0.5 · not covered 0", defaultWeight: 25)
        case .sharing:
            return .init(id: rawValue, kind: .commitment, name: "US nuclear bombs hosted",
                         rule: "NATO nuclear-sharing host 1, else 0 (sharing is a NATO arrangement)", defaultWeight: 15)
        case .troops:
            return .init(id: rawValue, kind: .commitment, name: "US troops stationed",
                         rule: "log scale: 0 → 0, 100 → 0.10, 10,000 → 0.67, 100,000 or more → 1", defaultWeight: 25)
        }
    }
}

/// The components of the exposure index: what the ally's own adversaries can do to it.
public enum ExposureComponent: String, Sendable, CaseIterable {
    case balance, nuclear, proximity, coercion

    public var descriptor: ScoreComponent {
        switch self {
        case .balance:
            return .init(id: rawValue, kind: .exposure, name: "main adversary vs ally",
                         rule: "main adversary's military spending ÷ the ally's, log scale: 1:100 → 0, parity → 0.5, 100:1 → 1",
                         defaultWeight: 30)
        case .nuclear:
            return .init(id: rawValue, kind: .exposure, name: "nuclear asymmetry",
                         rule: "strongest adversary arsenal in reach (threshold state 0.3) minus own deterrent (weapons 1, latency 0.2), at least 0",
                         defaultWeight: 25)
        case .proximity:
            return .init(id: rawValue, kind: .exposure, name: "frontline distance",
                         rule: "nearest adversary territory (Natural Earth outlines), log scale: shared border → 1, 3,000 km or more → 0",
                         defaultWeight: 20)
        case .coercion:
            return .init(id: rawValue, kind: .exposure, name: "attacks and coercion",
                         rule: "armed or coercive events by its adversaries against the ally in the last 3 years of the timeline; 6 or more → 1",
                         defaultWeight: 25)
        }
    }
}

/// The measured parts of the risk index. Risk = exposure × (1 − credibility × US share of
/// protection); the parts are shown, not summed. Credibility is not a part: it is the scenario's
/// stated assumption (`RiskIndex.assumptionText`), shown beside the score, never as an input.
public enum RiskComponent: String, Sendable, CaseIterable {
    case exposure, protection

    public var descriptor: ScoreComponent {
        switch self {
        case .exposure:
            return .init(id: rawValue, kind: .risk, name: "exposure", rule: "the exposure index, 0–1", defaultWeight: 1)
        case .protection:
            return .init(id: rawValue, kind: .risk, name: "US share of protection",
                         rule: "mean of the reliance and commitment indices, 0–1", defaultWeight: 1)
        }
    }
}

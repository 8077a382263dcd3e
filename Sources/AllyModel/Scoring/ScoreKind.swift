/// The four indices. Three are measured from the data and kept apart — what the ally leans on,
/// what the US has promised, what the ally faces — and the fourth combines them under an
/// explicit assumption about how far the US would honour its promises.
public enum ScoreKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// How much the ally's security rests on US inputs (arms, aid, forces, direct defence).
    case reliance
    /// What the US has promised and placed (treaty, umbrella, nuclear sharing, troops).
    case commitment
    /// The threat from the ally's own adversaries (balance, nuclear asymmetry, frontline, coercion).
    case exposure
    /// Exposure the US would not cover, under the scenario's credibility assumption.
    case risk

    /// A short human name, e.g. "reliance on the US".
    public var title: String {
        switch self {
        case .reliance: return "reliance on the US"
        case .commitment: return "US commitment"
        case .exposure: return "exposure"
        case .risk: return "risk if US protection weakens"
        }
    }

    /// Capitalised name for headings: "Reliance".
    public var heading: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public var description: String { rawValue }

    /// The components that make up this index, in display order.
    public var components: [ScoreComponent] {
        switch self {
        case .reliance: return RelianceComponent.allCases.map(\.descriptor)
        case .commitment: return CommitmentComponent.allCases.map(\.descriptor)
        case .exposure: return ExposureComponent.allCases.map(\.descriptor)
        // Risk is a formula over the other three and has no weights of its own.
        case .risk: return []
        }
    }

    /// The indices whose components carry weights a user can set.
    public static let weighted: [ScoreKind] = [.reliance, .commitment, .exposure]

    /// The descriptor of one component, or nil if `id` is not a component of this index.
    public func component(_ id: String) -> ScoreComponent? {
        components.first { $0.id == id }
    }
}

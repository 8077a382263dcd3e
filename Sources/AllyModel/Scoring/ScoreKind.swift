/// Which of the two indices a score belongs to.
public enum ScoreKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// How much an ally leans on the United States for its security.
    case dependency
    /// How exposed an ally is to attack or coercion, given the threats it faces and the guarantee it holds.
    case risk

    /// A short human name, e.g. "dependency on the US".
    public var title: String {
        switch self {
        case .dependency: return "dependency on the US"
        case .risk: return "risk"
        }
    }

    public var description: String { rawValue }

    /// The components that make up this index, in display order.
    public var components: [ScoreComponent] {
        switch self {
        case .dependency: return DependencyComponent.allCases.map(\.descriptor)
        case .risk: return RiskComponent.allCases.map(\.descriptor)
        }
    }

    /// The descriptor of one component, or nil if `id` is not a component of this index.
    public func component(_ id: String) -> ScoreComponent? {
        components.first { $0.id == id }
    }
}

/// The focusable parts of the explorer, in Tab order.
public enum PaneID: String, Sendable, Hashable, CaseIterable {
    case map, dependency, risk, claims, events

    public var title: String {
        switch self {
        case .map: return "Map"
        case .dependency: return "Dependency"
        case .risk: return "Risk"
        case .claims: return "Claims"
        case .events: return "Events"
        }
    }

    /// A shorter title for narrow tab strips.
    public var shortTitle: String { self == .dependency ? "Dep." : title }

    /// The panes that hold text (everything but the map).
    public static let textPanes: [PaneID] = [.dependency, .risk, .claims, .events]
}

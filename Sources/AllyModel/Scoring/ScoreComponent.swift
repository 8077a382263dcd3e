/// The fixed description of one component: its id, human name, normalisation rule and default weight.
public struct ScoreComponent: Sendable, Hashable {
    /// Stable key used in weights (`dependency.troops`) and in the config file.
    public let id: String
    public let kind: ScoreKind
    /// Human name shown in tables.
    public let name: String
    /// How the raw input becomes a 0–1 value, in one line (METHOD.md has the long form).
    public let rule: String
    /// Weight used when the user has not changed it; the defaults of each index sum to 100.
    public let defaultWeight: Double

    /// A descriptor; the built-in ones come from `DependencyComponent` and `RiskComponent`.
    public init(id: String, kind: ScoreKind, name: String, rule: String, defaultWeight: Double) {
        self.id = id; self.kind = kind; self.name = name; self.rule = rule; self.defaultWeight = defaultWeight
    }
}

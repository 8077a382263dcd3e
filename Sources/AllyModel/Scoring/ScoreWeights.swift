#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The user's weights for both indices. Weights are relative: only their proportions matter.
public struct ScoreWeights: Sendable, Hashable {
    private var values: [ScoreKind: [String: Double]]

    /// The documented defaults (each index sums to 100).
    public static let `default` = ScoreWeights()

    /// The default weights.
    public init() {
        var v: [ScoreKind: [String: Double]] = [:]
        for kind in ScoreKind.allCases {
            v[kind] = Dictionary(uniqueKeysWithValues: kind.components.map { ($0.id, $0.defaultWeight) })
        }
        values = v
    }

    /// The weight of one component (its default when never set).
    public func weight(_ kind: ScoreKind, _ component: String) -> Double {
        values[kind]?[component] ?? kind.component(component)?.defaultWeight ?? 0
    }

    /// Sets one weight; throws for an unknown component or a negative or non-finite value.
    public mutating func set(_ kind: ScoreKind, _ component: String, to weight: Double) throws {
        guard kind.component(component) != nil else {
            throw WeightError.unknownComponent(kind: kind, component: component)
        }
        guard ModelBounds.allowsWeight(weight) else {
            throw WeightError.badValue("\(kind.rawValue).\(component)", IndicatorValue.format(weight))
        }
        values[kind, default: [:]][component] = weight
    }

    /// Applies a `kind.component=value` setting such as `dependency.troops=2` or `risk.credibility=0`.
    public mutating func apply(_ setting: String) throws {
        guard let eq = setting.firstIndex(of: "=") else { throw WeightError.syntax(setting) }
        let key = setting[..<eq].trimmingWhitespace().lowercased()
        let raw = setting[setting.index(after: eq)...].trimmingWhitespace()
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw WeightError.syntax(setting) }
        guard let kind = ScoreKind(rawValue: parts[0]), ScoreKind.weighted.contains(kind) else { throw WeightError.unknownIndex(parts[0]) }
        guard let value = IndicatorValue.parseNumber(String(raw)) else { throw WeightError.badValue(key, String(raw)) }
        try set(kind, parts[1], to: value)
    }

    /// Every weight, by index then component id, in display order.
    public func all() -> [(kind: ScoreKind, component: ScoreComponent, weight: Double)] {
        ScoreKind.allCases.flatMap { kind in kind.components.map { (kind, $0, weight(kind, $0.id)) } }
    }

    public static func == (a: ScoreWeights, b: ScoreWeights) -> Bool {
        a.all().map(\.weight) == b.all().map(\.weight)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(all().map(\.weight)) }
}

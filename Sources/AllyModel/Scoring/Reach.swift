/// Whether an actor's missiles can reach a place, and on what grounds.
public enum Reach: Sendable, Hashable {
    case missile(rangeKm: Double, distanceKm: Double)
    case strategic(distanceKm: Double)
    case outOfRange(rangeKm: Double, distanceKm: Double)
    /// No range data: assumed in reach.
    case assumed(distanceKm: Double)

    /// True unless a reported range falls short.
    public var inReach: Bool { if case .outOfRange = self { return false }; return true }

    /// Human description, e.g. `in reach (867 km; missiles fly 5,500 km)`.
    public var text: String {
        func km(_ d: Double) -> String { IndicatorCatalog.formatNumber(d.rounded(), unit: "km") }
        switch self {
        case .missile(let r, let d): return "in reach (\(km(d)); missiles fly \(km(r)))"
        case .strategic(let d): return "in reach (\(km(d)); has intercontinental strategic warheads)"
        case .outOfRange(let r, let d): return "out of reach (\(km(d)); longest missile \(km(r)))"
        case .assumed(let d): return "assumed in reach (\(km(d)); no range data)"
        }
    }
}

/// The one set of bounds for what a user may set: weights and scenario values, whether they
/// come from `--weight`/`--set`, the config file or a saved scenario.
public enum ModelBounds {
    /// A component weight (weights are relative; 1000 is far beyond any useful emphasis).
    public static let weight: ClosedRange<Double> = 0...1000
    /// US commitment, as a fraction (0 withdrawn, 1 full).
    public static let commitment: ClosedRange<Double> = 0...1
    /// Capability growth, as a fraction: above -100 % (nothing left) and at most +1000 %.
    public static let growthFloor = -1.0, growthCeiling = 10.0

    public static func allowsWeight(_ w: Double) -> Bool { w.isFinite && weight.contains(w) }
    public static func allowsCommitment(_ c: Double) -> Bool { c.isFinite && commitment.contains(c) }
    public static func allowsGrowth(_ g: Double) -> Bool { g.isFinite && g > growthFloor && g <= growthCeiling }
}

/// How sturdy a computed verdict is: the smallest preset and the smallest single weight change
/// under which it would read differently, or neither.
public struct Sturdiness: Sendable, Hashable {
    /// The verdict under the model as given.
    public let verdict: Verdict
    /// The first preset, smallest move first (`ScenarioPresets.bySize`), that changes the verdict.
    public let preset: PresetFlip?
    /// The smallest change of one weight, within `ModelBounds.weight`, that changes the verdict.
    public let weight: WeightFlip?
    /// How many presets and weights were tried, so "none" says out of how many. No weight is
    /// tried when the check weights no index: then no weight can change its verdict.
    public let presetsTried: Int
    public let weightsTried: Int

    public init(verdict: Verdict, preset: PresetFlip?, weight: WeightFlip?, presetsTried: Int, weightsTried: Int) {
        self.verdict = verdict; self.preset = preset; self.weight = weight
        self.presetsTried = presetsTried; self.weightsTried = weightsTried
    }

    /// True when nothing tried changes the verdict.
    public var isSturdy: Bool { preset == nil && weight == nil }
}

/// A preset under which a verdict changes, and what it becomes.
public struct PresetFlip: Sendable, Hashable {
    public let scenario: Scenario
    public let verdict: Verdict

    public init(scenario: Scenario, verdict: Verdict) { self.scenario = scenario; self.verdict = verdict }
}

/// One weight moved from its value to the nearest value that changes a verdict.
public struct WeightFlip: Sendable, Hashable {
    public let kind: ScoreKind
    public let component: String
    public let from: Double
    public let to: Double
    public let verdict: Verdict
    /// The move as a share of the index's total weight: how the smallest change is chosen.
    public let size: Double

    public init(kind: ScoreKind, component: String, from: Double, to: Double, verdict: Verdict, size: Double) {
        self.kind = kind; self.component = component; self.from = from; self.to = to; self.verdict = verdict; self.size = size
    }

    /// The weight's key as `--weight` takes it, e.g. `reliance.arms`.
    public var key: String { "\(kind.rawValue).\(component)" }
}

/// What allymap remembers between runs: the user's weights and named scenarios.
public struct UserConfig: Sendable, Hashable, Codable {
    /// Layout version of the file; a newer one than this build knows is refused rather than rewritten.
    public static let currentVersion = 1

    public var version: Int
    public var weights: ScoreWeights
    /// Saved scenarios by name.
    public var scenarios: [String: Scenario]

    /// A config at the current version.
    public init(weights: ScoreWeights = .default, scenarios: [String: Scenario] = [:]) {
        version = Self.currentVersion; self.weights = weights; self.scenarios = scenarios
    }

    /// No file yet: default weights, no saved scenarios.
    public static let empty = UserConfig()

    enum CodingKeys: String, CodingKey { case version, weights, scenarios }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        guard version <= Self.currentVersion, version >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c,
                debugDescription: "version \(version) is not supported by this allymap (it reads version \(Self.currentVersion))")
        }
        weights = try c.decodeIfPresent(ScoreWeights.self, forKey: .weights) ?? .default
        scenarios = try c.decodeIfPresent([String: Scenario].self, forKey: .scenarios) ?? [:]
    }
}

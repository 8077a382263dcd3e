/// What allymap remembers between runs: the user's weights, named scenarios and explorer theme.
public struct UserConfig: Sendable, Hashable, Codable {
    /// Layout version of the file; a newer one than this build knows is refused rather than rewritten.
    public static let currentVersion = 1

    public var version: Int
    public var weights: ScoreWeights
    /// Saved scenarios by name.
    public var scenarios: [String: Scenario]
    /// The explorer's colour theme (`explore --theme`), by name; nil: the default.
    public var theme: String?

    /// A config at the current version.
    public init(weights: ScoreWeights = .default, scenarios: [String: Scenario] = [:], theme: String? = nil) {
        version = Self.currentVersion; self.weights = weights; self.scenarios = scenarios; self.theme = theme
    }

    /// No file yet: default weights, no saved scenarios.
    public static let empty = UserConfig()

    enum CodingKeys: String, CodingKey { case version, weights, scenarios, theme }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        guard version <= Self.currentVersion, version >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c,
                debugDescription: "version \(version) is not supported by this allymap (it reads version \(Self.currentVersion))")
        }
        weights = try c.decodeIfPresent(ScoreWeights.self, forKey: .weights) ?? .default
        scenarios = try c.decodeIfPresent([String: Scenario].self, forKey: .scenarios) ?? [:]
        theme = try c.decodeIfPresent(String.self, forKey: .theme)
    }
}

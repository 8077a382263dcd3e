import AllyModel

/// What `:export FILE` asks the glue to write: a brief of the view on screen. Everything the
/// brief depends on travels with it, so the file matches the screen at the moment of asking.
public struct BriefRequest: Sendable, Hashable {
    /// The file as typed (the glue expands `~`); its extension gives the format.
    public var path: String
    public var region: Region
    public var scenario: Scenario
    public var weights: ScoreWeights
    /// The allies whose scores the brief explains: the selection (and the ally compared with), when in the region.
    public var allyIDs: [String]
    /// The command line, to reopen if the write fails.
    public var line: String

    public init(path: String, region: Region, scenario: Scenario, weights: ScoreWeights, allyIDs: [String], line: String) {
        (self.path, self.region, self.scenario, self.weights, self.allyIDs, self.line) = (path, region, scenario, weights, allyIDs, line)
    }
}

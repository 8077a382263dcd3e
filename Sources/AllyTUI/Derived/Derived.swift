import AllyModel

/// Everything the explorer computes from its state rather than stores in it: scores per
/// scenario, claim verdicts, wrapped pane text, map markers and outlines per pane size, the allies' places
/// for the arrows and the folded names for search.
///
/// Each is a pure function of the dataset, the weights and the scenario list (fixed for one
/// explorer) plus the state's values, memoised here so a frame or a key reuses earlier work.
/// A reference type so the memo survives state copies; filling it changes nothing anyone can
/// observe except the time taken.
public final class Derived: Sendable {
    public let dataset: Dataset
    /// Scores and verdicts under the baseline; `assessment(_:)` reads other scenarios.
    let baseAssessment: Assessment
    let paneLines = PaneLinesCache()
    let markers = MapMarkerCache()
    let outlines = MapOutlineCache()
    let allyPlaces = AllyPlacesCache()
    let claimBoards = ClaimBoardCache()
    let tableRowsCache = TableRowsCache()
    let nameRanks = NameRanksCache()
    public let searchIndex = SearchIndex()
    private let tourCache = TourCache()

    public init(dataset: Dataset, weights: ScoreWeights = .default, scenarios: [Scenario] = [.baseline]) {
        self.dataset = dataset
        baseAssessment = Assessment(dataset: dataset, weights: weights, scenarios: scenarios)
    }

    /// Scores under the scenario at `index` of the list the explorer was opened with.
    public func assessment(_ index: Int) -> Assessment { baseAssessment.at(index) }

    /// The allies the arrows move between: those of the region (all of them on the world view).
    public func navigableAllies(in region: Region) -> [AllyPlacesCache.Place] {
        allyPlaces.allies(in: region, of: dataset)
    }

    /// Where each arrow leads between the allies of a region (nil on regions too large to plan
    /// whole; the arrows then choose per key).
    public func navigation(in region: Region) -> NavigationGraph? {
        allyPlaces.graph(in: region, of: dataset)
    }

    /// The actors matching a search query, best first.
    public func matches(_ query: String, kinds: Set<ActorKind>) -> SearchMatches {
        searchIndex.search(query, kinds: kinds, in: dataset)
    }

    /// The article's tour with its verdicts, evidence and sturdiness under the baseline, built
    /// the first time the tour opens.
    public var tour: Tour { tourCache.tour(model: baseAssessment.model) }

    /// Every evidence item of a tour step, in the order the card lists them.
    public func tourEvidence(step: Int) -> [TourEvidence] {
        guard tour.steps.indices.contains(step) else { return [] }
        return tour.steps[step].claims.flatMap { $0.evidenceFor + $0.evidenceAgainst }
    }

    /// Work worth doing while the user has not typed yet (folding names for search, and
    /// ordering them for the table).
    public func prepareWhileIdle() {
        searchIndex.prepare(for: dataset)
        _ = nameRanks.ranks(for: dataset)
    }
}

import AllyModel

/// A shareable brief of one view of the data: a region, a scenario and the allies picked in it.
///
/// Built once from the model (every figure comes from the dataset, every source gets a number)
/// and then written as Markdown or self-contained HTML by `document(_:mapFile:)`. A pure value:
/// the CLI's `brief` and the explorer's `:export FILE` both build one and write what it returns:
///
///     let map = Brief.Map(svg: MapPicture.svg(dataset: d, region: r, assessment: a, selectedIDs: ids),
///                         caption: MapPicture.title(region: r, scenario: a.scenario))
///     let brief = try Brief(dataset: d, region: r, scenario: a.scenario, weights: w, allyIDs: ids, map: map)
///     let document = brief.document(BriefFormat(fileName: file) ?? .md, mapFile: BriefDocument.mapFileName(for: file))
///     // then write document.text to `file` and each of document.sideFiles beside it (allymap's BriefFile)
public struct Brief: Sendable {
    /// The map of the view, drawn by the caller (AllyReports draws no maps).
    public struct Map: Sendable {
        /// An SVG document.
        public let svg: String
        /// What it shows, for its caption and alt text, e.g. "Map of Europe".
        public let caption: String

        public init(svg: String, caption: String) { self.svg = svg; self.caption = caption }
    }

    /// One score of one ally in the table.
    public struct ScoreCell: Sendable {
        /// The score as the CLI shows it: "62", "62*" (some inputs unknown) or a range when too thin to rank.
        public let text: String
        /// The 5th–95th percentile band under the scenario, e.g. "55–70".
        public let band: String?
        /// Scenario minus baseline; nil when either is unknown.
        public let delta: Double?
    }

    /// One ally's row of the table, with the sources of every input behind its scores.
    public struct AllyRow: Sendable {
        public let ally: Actor
        public let cells: [ScoreKind: ScoreCell]
        public let levelBefore: RiskLevel
        public let level: RiskLevel
        public let sources: [Int]
    }

    /// One component of an explained score.
    public struct ComponentRow: Sendable {
        public let name: String
        public let input: String
        public let normalised: String
        public let weight: String
        public let points: String
        /// False when the input is unknown (then it is no figure, and cites nothing).
        public let isKnown: Bool
        public let sources: [Int]
    }

    /// One score of a selected ally, component by component.
    public struct Explanation: Sendable {
        public let kind: ScoreKind
        /// `Reliance on the US: 51 (band 44–59; rank 2–11 of 33; 100 % of weight known)`.
        public let heading: String
        /// For risk: the formula and the credibility assumption it was computed under.
        public let formula: String?
        public let rows: [ComponentRow]
        public let total: String
        public let sources: [Int]
    }

    /// A selected ally's four scores explained.
    public struct AllyExplanation: Sendable {
        public let ally: Actor
        public let scores: [Explanation]
    }

    /// One item of evidence beside a claim.
    public struct Evidence: Sendable {
        public enum Side: String, Sendable { case `for`, against }
        public let side: Side
        public let text: String
        /// Empty when the dataset lacks the row the claim names.
        public let sources: [Int]
    }

    /// A claim in scope with its verdict and evidence.
    public struct ClaimEntry: Sendable {
        public let verdict: ClaimVerdict
        /// The claim's id in the document (and its ClaimReview `url`).
        public let anchor: String
        public let evidence: [Evidence]
    }

    /// The outlines the map is drawn from.
    public static let mapOutlines = Source(name: "Natural Earth admin-0 countries (public domain)",
                                           url: "https://www.naturalearthdata.com/", confidence: .high)

    /// What a count of zero events rests on: the dataset's own timeline, which has no page.
    public static let timeline = Source(name: "allymap's timeline (seeds/data/events.tsv): no matching event up to the data's as-of date",
                                        confidence: .medium)

    public let dataset: Dataset
    public let region: Region
    public let scenario: Scenario
    /// False when the caller's weights differ from the documented defaults.
    public let weightsAreDefault: Bool
    public let map: Map?
    /// The sources of the map: the outlines and the capitals the markers stand on.
    public let mapSources: [Int]
    /// Every ally of the region, in dataset order.
    public let rows: [AllyRow]
    /// The scores whose change from the baseline is shown (those the scenario moves for some ally).
    public let changedKinds: [ScoreKind]
    public let explanations: [AllyExplanation]
    public let claims: [ClaimEntry]
    /// The numbered source list: `sources[n - 1]` is source `[n]`.
    public let sources: [Source]
    /// The claims and verdicts as schema.org ClaimReview JSON-LD.
    public let claimReview: ClaimReviewFeed

    /// Scores every ally of `region` under `scenario` (and the baseline, for the change), explains
    /// `allyIDs`, and assesses the claims about the region. Throws `BriefError` when an id is not
    /// an ally of the region; `ScoreError` when the weights leave nothing to score.
    public init(dataset: Dataset, region: Region = .world, scenario: Scenario = .baseline, weights: ScoreWeights = .default,
                allyIDs: [String] = [], map: Map? = nil) throws {
        var selected: [Actor] = []
        for id in allyIDs where !selected.contains(where: { $0.id == id }) {
            guard let actor = dataset.actor(id) else { throw BriefError.unknownAlly(id) }
            guard actor.kind == .ally else { throw BriefError.notAnAlly(actor.name) }
            guard region == .world || actor.region == region else { throw BriefError.outsideRegion(actor.name, actor.region, region) }
            selected.append(actor)
        }
        let model = ScoringModel(dataset: dataset, weights: weights, scenario: scenario)
        let comparison = try ScenarioComparison(model: model)
        let bands = try Uncertainty(model: model)
        var numbering = BriefSources()
        let builder = Builder(dataset: dataset, bands: bands, scenario: scenario)

        self.dataset = dataset
        self.region = region
        self.scenario = scenario
        weightsAreDefault = weights == .default
        self.map = map
        let capitals = dataset.actors(in: region).map(\.source)
        mapSources = map == nil ? [] : numbering.numbers([Self.mapOutlines] + capitals)

        let inRegion = comparison.rows.filter { region == .world || $0.ally.region == region }
        rows = inRegion.map { builder.row($0, &numbering) }
        changedKinds = scenario.isBaseline ? [] : ScoreKind.allCases.filter { kind in
            inRegion.contains { r in Self.shownDelta(r, kind).map { $0 != 0 } ?? false }
        }
        explanations = selected.compactMap { ally in
            comparison.rows.first { $0.ally.id == ally.id }.map { builder.explanation($0.scenario, &numbering) }
        }
        // Verdicts are on the data as it is, as in the explorer and `allymap claims`: a claim is about the world, not a what-if.
        let assessor = ClaimAssessor(model: ScoringModel(dataset: dataset, weights: weights))
        let verdicts = dataset.claims(in: region).map(assessor.assess)
        claims = verdicts.map { builder.claim($0, &numbering) }
        sources = numbering.list
        claimReview = ClaimReviewFeed(dataset: dataset, verdicts: verdicts)
    }

    /// The change of one score as the explorer shows it: the difference of the whole numbers
    /// displayed (72.4 → 74.6 is 72 → 75, "+3", not a rounded 2.2), so a brief exported with
    /// `:export` reads as the table on screen did; nil when either score is unknown.
    static func shownDelta(_ r: ScenarioComparison.Row, _ kind: ScoreKind) -> Double? {
        guard let before = r.baseline.breakdown(kind).total, let after = r.scenario.breakdown(kind).total else { return nil }
        return Double(Int(after.rounded()) - Int(before.rounded()))
    }

    /// The brief's title, e.g. "Europe under us-retrenchment".
    public var title: String {
        let place = region == .world ? "US allies worldwide" : "US allies in \(region.name)"
        return scenario.isBaseline ? "\(place): the data as it is" : "\(place) under “\(scenario.name)”"
    }

    /// The data's as-of date, if the dataset gives one.
    public var asOf: String? { dataset.meta.asOf?.text }
}

/// Why a brief cannot be made for the allies asked for.
public enum BriefError: Error, Equatable, CustomStringConvertible {
    case unknownAlly(String)
    case notAnAlly(String)
    case outsideRegion(String, Region, Region)

    public var description: String {
        switch self {
        case .unknownAlly(let id): return "no ally \"\(id)\" in this dataset"
        case .notAnAlly(let name): return "\(name) is not a US ally: a brief explains allies' scores"
        case .outsideRegion(let name, let home, let region):
            return "\(name) is in \(home.name), not \(region.name): use --region \(home.rawValue) or --region world"
        }
    }
}

/// One step of the tour: a paragraph of the article, where the map looks, and its claims with the data.
public struct TourStep: Sendable, Hashable, Identifiable {
    /// The row of `tour.tsv` the step comes from.
    public let plan: TourParagraph
    /// The paragraph's claims, in the order the tour lists them.
    public let claims: [TourClaim]

    public init(plan: TourParagraph, claims: [TourClaim]) { self.plan = plan; self.claims = claims }

    public var id: Int { plan.paragraph }
    /// The paragraph number (¶N).
    public var paragraph: Int { plan.paragraph }
    public var region: Region { plan.region }
    /// Actor ids to frame and highlight.
    public var actors: [String] { plan.actors }
    public var topic: String { plan.topic }
    /// The score components the step's claims rest on, in the order listed.
    public var focus: [ScoreComponent] { plan.components.compactMap(TourParagraph.component(named:)) }
}

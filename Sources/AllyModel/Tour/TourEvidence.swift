/// One dataset row a claim links to, as the tour shows it: what, how much, when and from whom.
public struct TourEvidence: Sendable, Hashable, Identifiable {
    public enum Kind: Sendable, Hashable { case indicator, event }

    /// The indicator (`actor.key`) or event id.
    public let id: String
    public let kind: Kind
    /// Actor ids the row is about (the indicator's actor, an event's parties), so a view can move the map to them.
    public let actors: [String]
    /// "Israel · US share of arms imports", or the event's title.
    public let label: String
    /// The figure with its unit ("66%"); empty for an event.
    public let value: String
    /// The year or period the figure applies to, or the event's date.
    public let year: String
    public let source: Source
    /// Last year the row covers; nil when it gives none.
    let lastYear: Int?

    /// The row `id` of `dataset`; nil when the dataset does not hold it.
    public init?(id: String, in dataset: Dataset) {
        switch dataset.evidence(id) {
        case .indicator(let x):
            self.id = id; kind = .indicator; actors = [x.actor]
            label = "\(dataset.actor(x.actor)?.name ?? x.actor) · \(x.label)"
            value = x.displayValue + x.verificationMark
            year = x.yearText; source = x.source; lastYear = x.period?.last
        case .event(let e):
            self.id = id; kind = .event; actors = e.actors
            label = e.title; value = ""
            year = e.date.text; source = e.source; lastYear = e.date.last
        case nil:
            return nil
        }
    }

    /// Strongest first: the surest source (confidence high → low), then the most recent row, then
    /// the order the claim lists them in (its authors put the most telling first).
    public static func strongestFirst(_ items: [TourEvidence]) -> [TourEvidence] {
        items.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.source.confidence != y.source.confidence { return x.source.confidence > y.source.confidence }
            if x.lastYear != y.lastYear { return (x.lastYear ?? Int.min) > (y.lastYear ?? Int.min) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// One piece of evidence as shown beside a verdict: a dataset row, or a statement the check computed.
public struct EvidenceLine: Sendable, Hashable {
    /// The indicator (`actor.key`) or event id; nil for a computed statement.
    public let id: String?
    /// What to show, e.g. `Israel · US share of arms imports: 69% (2019-2023; SIPRI via i24)`.
    public let text: String
    /// True when the line was computed by a check rather than read from one row.
    public let isComputed: Bool

    public init(id: String?, text: String, isComputed: Bool) {
        self.id = id; self.text = text; self.isComputed = isComputed
    }

    /// A line describing the dataset row `id`, or saying it is missing.
    public init(id: String, in dataset: Dataset) {
        self.id = id
        isComputed = false
        switch dataset.evidence(id) {
        case .indicator(let x):
            let who = dataset.actor(x.actor)?.name ?? x.actor
            let when = x.yearText.isEmpty ? "" : "\(x.yearText); "
            text = "\(who) · \(x.label): \(x.displayValue) (\(when)\(x.source.name))"
        case .event(let e):
            text = "\(e.date.text) \(e.title) (\(e.source.name))"
        case nil:
            text = "\(id): not in this dataset"
        }
    }

    /// A computed statement.
    public static func computed(_ text: String) -> EvidenceLine { EvidenceLine(id: nil, text: text, isComputed: true) }
}

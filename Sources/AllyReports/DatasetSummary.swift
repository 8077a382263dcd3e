import AllyModel

/// `allymap validate`'s first line: the dataset loaded cleanly, and how much it holds.
public struct DatasetSummary: Report, Sendable {
    public let dataset: Dataset

    public init(dataset: Dataset) { self.dataset = dataset }

    public func render(style: ReportStyle = .plain) -> String {
        "ok: \(dataset.actors.count) actors, \(dataset.indicators.count) indicators, \(dataset.events.count) events, "
            + "\(dataset.claims.count) claims, \(dataset.threats.count) threats"
    }
}

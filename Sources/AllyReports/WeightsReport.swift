import AllyModel

/// `allymap explain --weights`: the weights in use, by index and component, beside the defaults.
public struct WeightsReport: Report, Sendable {
    public let weights: ScoreWeights

    public init(weights: ScoreWeights) { self.weights = weights }

    public func render(style: ReportStyle = .plain) -> String {
        var table = TextTable(["weight", "value", "default", "component"], alignments: [.left, .right, .right, .left])
        for (kind, c, w) in weights.all() {
            table.add(["\(kind.rawValue).\(c.id)", IndicatorValue.format(w), IndicatorValue.format(c.defaultWeight), c.name])
        }
        return table.render(style: style)
    }
}

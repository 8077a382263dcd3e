/// A military-spending figure in dollars after scenario growth.
struct MilexFigure: Sendable {
    let indicator: Indicator
    let usd: Double
    /// Scenario multiplier that was applied (1 = unchanged).
    let factor: Double

    /// `149 USD bn` (or `194 USD bn after +30 %`).
    var text: String {
        let bn = IndicatorCatalog.formatNumber((usd / 1e7).rounded() / 100, unit: "USD bn")
        let mark = indicator.source.confidence.mark
        return factor == 1 ? mark + bn : "\(mark)\(bn) after \(ScoringContext.growthText(factor))"
    }
}

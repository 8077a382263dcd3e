/// A weight setting that could not be applied.
public enum WeightError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(String)
    case unknownIndex(String)
    case unknownComponent(kind: ScoreKind, component: String)
    case badValue(String, String)

    public var description: String {
        switch self {
        case .syntax(let s):
            return "cannot read weight \"\(s)\": expected INDEX.COMPONENT=NUMBER, e.g. reliance.arms=40"
        case .unknownIndex(let s):
            let v1 = s == "dependency" ? " (weights from allymap v1 no longer apply; see METHOD.md)" : ""
            return "unknown index \"\(s)\": expected \(ScoreKind.weighted.map(\.rawValue).joined(separator: ", "))\(v1)"
        case .unknownComponent(let kind, let c):
            let ids = kind.components.map(\.id).joined(separator: ", ")
            return "unknown \(kind.rawValue) component \"\(c)\": expected one of \(ids)"
        case .badValue(let key, let v):
            let (lo, hi) = (IndicatorValue.format(ModelBounds.weight.lowerBound), IndicatorValue.format(ModelBounds.weight.upperBound))
            return "bad weight for \(key): \"\(v)\" is not a plain number from \(lo) to \(hi)"
        }
    }
}

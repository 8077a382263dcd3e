/// Why a score could not be computed.
public enum ScoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every weight of the index is zero, so there is nothing to average.
    case allWeightsZero(ScoreKind)
    /// The id names no actor in the dataset.
    case unknownActor(String)
    /// The actor exists but is not a US ally, so it has no dependency or risk score.
    case notAnAlly(String)

    public var description: String {
        switch self {
        case .allWeightsZero(let kind):
            return "all \(kind.rawValue) weights are zero: set at least one above zero (e.g. \(kind.rawValue).\(kind.components[0].id)=1)"
        case .unknownActor(let id):
            return "no actor with id \"\(id)\" in the dataset"
        case .notAnAlly(let id):
            return "\"\(id)\" is not a US ally: dependency and risk are scored for allies only"
        }
    }
}

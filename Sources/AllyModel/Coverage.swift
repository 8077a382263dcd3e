/// How completely the data describes each ally: for every core indicator, whether the figure is
/// known, a recorded "none" (0, no), a stated gap (unknown) or absent — and how much of the
/// data rests on high, medium or low confidence sources.
public struct Coverage: Sendable {
    public enum Cell: String, Sendable { case known, none, unknown, missing

        /// One character for the matrix.
        public var mark: String {
            switch self { case .known: return "K"; case .none: return "0"; case .unknown: return "?"; case .missing: return "·" }
        }
    }

    /// The indicators every ally should have, in column order.
    public static let coreKeys: [IndicatorKey] = [.usSecurityTie, .usNuclearUmbrella, .usTroops, .usFMFAnnual, .armsImportsUSShare,
                                                  .milexUSD, .milexPctGDP, .activePersonnel, .nuclearWarheads]

    public let allies: [Actor]
    /// `cells[i][j]`: ally i, core key j.
    public let cells: [[Cell]]
    /// Indicator rows by confidence, and how many are marked unverified.
    public let byConfidence: [Confidence: Int]
    public let unverified: Int
    public let total: Int

    public init(_ dataset: Dataset) {
        allies = dataset.allies.sorted { ($0.region.rawValue, $0.name) < ($1.region.rawValue, $1.name) }
        cells = allies.map { ally in
            Self.coreKeys.map { key in
                guard let x = dataset.indicator(ally.id, key) else { return .missing }
                switch x.value {
                case .unknown: return .unknown
                case .number(let d): return d == 0 ? .none : .known
                case .text(let t):
                    let lower = t.lowercased()
                    return lower == "none" || lower == "no" || lower.hasPrefix("no ") ? .none : .known
                }
            }
        }
        var counts: [Confidence: Int] = [:]
        var unverified = 0
        for x in dataset.indicators {
            counts[x.source.confidence, default: 0] += 1
            if x.isUnverified { unverified += 1 }
        }
        byConfidence = counts
        self.unverified = unverified
        total = dataset.indicators.count
    }

    /// How many cells of the matrix are in each state.
    public func count(_ cell: Cell) -> Int { cells.joined().filter { $0 == cell }.count }
}

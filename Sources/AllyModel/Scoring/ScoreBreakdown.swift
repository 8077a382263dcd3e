/// A 0–100 score with every component that went into it, so it can always explain itself.
public struct ScoreBreakdown: Sendable, Hashable {
    public let kind: ScoreKind
    /// One line per component, in display order, with contributions filled in.
    public let components: [ComponentScore]
    /// The score, 0–100; nil when no component's input is known.
    public let total: Double?
    /// Share of the total weight whose input is known, 0–1 (1 = nothing was missing).
    public let coverage: Double

    /// Totals `components`: a weighted mean over the components whose input is known, scaled to 0–100.
    ///
    /// Unknown components are left out and the remaining weights renormalised, rather than counting an
    /// unknown as zero; `coverage` records how much weight was left out. Throws `ScoreError.allWeightsZero`
    /// when no component has a positive weight.
    public init(kind: ScoreKind, components: [ComponentScore]) throws {
        let weightSum = components.reduce(0) { $0 + max(0, $1.weight) }
        guard weightSum > 0 else { throw ScoreError.allWeightsZero(kind) }
        let known = components.filter { $0.isKnown && $0.weight > 0 }
        let knownWeight = known.reduce(0) { $0 + $1.weight }
        self.kind = kind
        self.coverage = knownWeight / weightSum
        guard knownWeight > 0 else {
            self.components = components.map { $0.with(contribution: 0) }
            self.total = nil
            return
        }
        self.components = components.map { c in
            guard let n = c.normalised, c.weight > 0 else { return c.with(contribution: 0) }
            return c.with(contribution: 100 * Normalisation.unit(n) * c.weight / knownWeight)
        }
        let sum = self.components.reduce(0) { $0 + $1.contribution }
        self.total = min(100, max(0, sum))
    }

    /// A score computed by a formula rather than a weighted mean (the risk index); components
    /// are shown as they are and contribute no points of their own.
    init(kind: ScoreKind, components: [ComponentScore], total: Double?, coverage: Double) {
        self.kind = kind
        self.components = components
        self.total = total.map { min(100, max(0, $0)) }
        self.coverage = coverage
    }

    /// The component with this id, if present.
    public func component(_ id: String) -> ComponentScore? { components.first { $0.id == id } }

    /// The total rounded to a whole number for display, or "?" when unknown.
    public var totalText: String { total.map { String(Int($0.rounded())) } ?? "?" }

    /// Coverage as a whole percentage, e.g. "85 %".
    public var coverageText: String { "\(Int((coverage * 100).rounded())) %" }
}

extension Sturdiness {
    /// Moves tried for each weight, as shares of its index's total weight, up and down (a move
    /// down stops at 0, one up at `ModelBounds.weight`'s ceiling, and both ends are tried too).
    public static let ladder: [Double] = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10]

    /// What would change the verdict on `claim`: presets are tried in the order given (smallest
    /// move first), then every weight of the indices the check weights, one at a time along
    /// `ladder`, smallest move first; the first move that changes the verdict is narrowed by
    /// bisection to the nearest weight that still does. Nil when no check is registered for the
    /// claim or the check cannot compute under `model` (the verdict is then not computed).
    ///
    /// A pure function of its arguments: what it caches lives only for the call.
    public static func of(_ claim: Claim, under model: ScoringModel, checks: [String: ClaimCheck] = ClaimChecks.registry,
                          presets: [Scenario] = ScenarioPresets.bySize) -> Sturdiness? {
        guard let check = checks[claim.id] else { return nil }
        // Weights never change what the indices read, so the first run and every weight run share
        // one set of inputs; that first run also records which indices the verdict weights at all.
        let shared = model.sharingInputs()
        let base = check.run(claim, shared, .verdictOnly)
        guard !base.couldNotCompute else { return nil }
        // Only the verdict is needed under each what-if, never the evidence lines.
        let verdict = { (m: ScoringModel) in ClaimAssessor(model: m, checks: [claim.id: check]).verdict(claim) }
        var preset: PresetFlip?
        for p in presets {
            let v = verdict(model.with(scenario: p))
            if v != base.verdict { preset = PresetFlip(scenario: p, verdict: v); break }
        }
        let (weight, tried) = smallestWeightFlip(from: base.verdict, shared: shared, verdict: verdict)
        return Sturdiness(verdict: base.verdict, preset: preset, weight: weight, presetsTried: presets.count, weightsTried: tried)
    }

    /// One candidate: a weight set to `value`, a move of `size` (share of the index's weight).
    private struct Move {
        let kind: ScoreKind, component: String, from: Double, value: Double, size: Double
        /// Index then component in display order, for ties.
        let position: Int
    }

    /// `shared` has run the check once: changing one weight of an index that run never weighted
    /// leaves the whole run unchanged, so only the weights of the indices it weighted are tried.
    private static func smallestWeightFlip(from base: Verdict, shared model: ScoringModel,
                                           verdict: (ScoringModel) -> Verdict) -> (WeightFlip?, Int) {
        let scored = model.indicesScored
        let moves = ladderMoves(model.weights).filter { scored.contains($0.kind) }
        let components = Set(moves.map { "\($0.kind.rawValue).\($0.component)" }).count
        func run(_ m: Move, _ value: Double) -> Verdict {
            var w = model.weights
            // Values come from the ladder inside the bounds, so setting them cannot fail.
            try? w.set(m.kind, m.component, to: value)
            return verdict(model.with(weights: w))
        }
        // The nearest value already tried on the same side of the same weight, for the bisection.
        var lastSame: [String: Double] = [:]
        for m in moves {
            let side = "\(m.kind.rawValue).\(m.component)\(m.value < m.from ? "-" : "+")"
            let v = run(m, m.value)
            guard v != base else { lastSame[side] = m.value; continue }
            var (near, far, farVerdict) = (lastSame[side] ?? m.from, m.value, v)
            for _ in 0..<12 {
                let mid = (near + far) / 2
                let x = run(m, mid)
                if x == base { near = mid } else { (far, farVerdict) = (mid, x) }
            }
            // Shown to one decimal, rounded away from the start so the shown value still flips.
            let shown = (far > m.from ? (far * 10).rounded(.up) : (far * 10).rounded(.down)) / 10
            if ModelBounds.allowsWeight(shown) && shown != far {
                let x = run(m, shown)
                if x != base { (far, farVerdict) = (shown, x) }
            }
            let total = model.weights.all().filter { $0.kind == m.kind }.reduce(0) { $0 + $1.weight }
            return (WeightFlip(kind: m.kind, component: m.component, from: m.from, to: far, verdict: farVerdict,
                               size: abs(far - m.from) / max(total, .leastNonzeroMagnitude)), components)
        }
        return (nil, components)
    }

    /// Every weight's ladder moves, smallest share first; ties keep the index and component order.
    private static func ladderMoves(_ weights: ScoreWeights) -> [Move] {
        var moves: [Move] = []
        var position = 0
        for kind in ScoreKind.weighted {
            let parts = kind.components.map { ($0.id, weights.weight(kind, $0.id)) }
            let total = parts.reduce(0) { $0 + $1.1 }
            for (id, w) in parts {
                position += 1
                guard total > 0 else { continue }
                var values = Set<Double>()
                for share in ladder {
                    values.insert(max(ModelBounds.weight.lowerBound, w - share * total))
                    values.insert(min(ModelBounds.weight.upperBound, w + share * total))
                }
                values.remove(w)
                moves += values.map { Move(kind: kind, component: id, from: w, value: $0, size: abs($0 - w) / total, position: position) }
            }
        }
        return moves.sorted { ($0.size, $0.position, $0.value) < ($1.size, $1.position, $1.value) }
    }
}

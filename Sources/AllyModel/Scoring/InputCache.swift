/// Component inputs already read, by index and ally. Inputs depend on the data and the scenario,
/// never on the weights, so models that differ only in weights can share one cache: a search that
/// re-scores under many weights then reads each figure once instead of once per weight.
final class InputCache: @unchecked Sendable {
    private struct Key: Hashable { let kind: ScoreKind; let ally: String }
    private let lock = Lock()
    private var inputs: [Key: [ComponentInput]] = [:]
    private var scored: Set<ScoreKind> = []

    /// The inputs of `kind` for `ally`, read with `read` the first time.
    func inputs(_ kind: ScoreKind, _ ally: String, _ read: () -> [ComponentInput]) -> [ComponentInput] {
        let key = Key(kind: kind, ally: ally)
        if let hit = lock.withLock({ scored.insert(kind); return inputs[key] }) { return hit }
        let fresh = read()
        lock.withLock { inputs[key] = fresh }
        return fresh
    }

    /// The indices weighted so far through this cache: weights enter a score only there, so a
    /// computation that weighted none of an index's components cannot depend on its weights.
    var kindsScored: Set<ScoreKind> { lock.withLock { scored } }
}

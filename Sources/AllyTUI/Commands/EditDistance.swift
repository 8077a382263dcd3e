/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one word
/// into another: the measure behind "did you mean …?".
enum EditDistance {
    /// The optimal-string-alignment distance between `a` and `b`, by Character.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows suffice: the current one, the previous, and the one before (for swaps).
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// The most edits a typo of a word this long may have: a slip per three letters, at most three.
    static func tolerance(for length: Int) -> Int { max(1, min(3, length / 3)) }

    /// The candidate nearest to `query` within the tolerance, as its display name; ties go to the
    /// earlier candidate. Each candidate offers several keys (name, id, code) and one display.
    /// Keys and the query are compared as given: fold them first.
    static func nearest(to query: String, among candidates: [(keys: [String], display: String)]) -> String? {
        guard !query.isEmpty else { return nil }
        let limit = tolerance(for: query.count)
        var best: (distance: Int, display: String)?
        for candidate in candidates {
            for key in candidate.keys where !key.isEmpty && abs(key.count - query.count) <= limit {
                let d = between(query, key)
                if d <= limit, d < (best?.distance ?? .max) { best = (d, candidate.display) }
            }
        }
        return best?.display
    }
}

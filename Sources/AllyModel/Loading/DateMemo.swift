/// Whether each distinct date text of a load is a valid date, worked out once: a dataset
/// repeats a handful of dates (the day its figures were checked) on nearly every row, and
/// checking one through `Period` cost about 8,000 instructions, 15 % of loading the built-in
/// data. A class so that the per-row readers share one memo.
final class DateMemo {
    private var known: [String: Bool] = [:]
    /// Enough for any real dataset's dates; beyond it, texts are checked without being kept.
    private static let limit = 4096

    func isDate(_ raw: String, _ check: (String) -> Bool) -> Bool {
        if let ok = known[raw] { return ok }
        let ok = check(raw)
        if known.count < Self.limit { known[raw] = ok }
        return ok
    }
}

import AllyModel

/// The brief's numbered source list: each page gets a number the first time a figure cites it,
/// so the notes run in reading order and every figure can point at `[n]`.
public struct BriefSources: Sendable {
    /// The sources in number order (number = position + 1).
    public private(set) var list: [Source] = []
    private var numbers: [String: Int] = [:]

    public init() {}

    /// The number of `source`, adding it if it is new. Sources with the same page and name share a number.
    public mutating func number(_ source: Source) -> Int {
        let key = source.url + "\u{0}" + source.name
        if let n = numbers[key] { return n }
        list.append(source)
        numbers[key] = list.count
        return list.count
    }

    /// Numbers for several sources, each once, in the order given.
    public mutating func numbers(_ sources: [Source]) -> [Int] {
        var seen = Set<Int>()
        return sources.map { number($0) }.filter { seen.insert($0).inserted }
    }

    /// The source behind an evidence id: the indicator's or the event's, nil if the dataset lacks it.
    public static func source(ofEvidence id: String, in dataset: Dataset) -> Source? {
        switch dataset.evidence(id) {
        case .indicator(let x): return x.source
        case .event(let e): return e.source
        case nil: return nil
        }
    }
}

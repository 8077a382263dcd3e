/// The four tables of a dataset, their file names and their columns (in file order).
public enum DatasetTable: String, Sendable, CaseIterable {
    case actors, indicators, events, claims

    public var columns: [String] {
        switch self {
        case .actors:
            return ["id", "name", "kind", "region", "iso2", "iso3", "capital", "lat", "lon",
                    "adversaries", "aliases", "host", "source", "url", "confidence"]
        case .indicators:
            return ["actor", "key", "value", "unit", "year", "source", "url", "confidence", "note"]
        case .events:
            return ["id", "date", "title", "region", "actors", "others", "kind", "summary", "source", "url", "confidence"]
        case .claims:
            return ["id", "paragraph", "region", "actors", "stance", "claim", "supports", "contradicts", "note"]
        }
    }

    /// Columns that may be left empty.
    var optionalColumns: Set<String> {
        switch self {
        case .actors: return ["iso2", "iso3", "adversaries", "aliases", "host", "url"]
        case .indicators: return ["unit", "year", "url", "note"]
        case .events: return ["actors", "others", "url"]
        case .claims: return ["actors", "supports", "contradicts", "note"]
        }
    }

    public func fileName(_ format: DelimitedTable.Format) -> String { "\(rawValue).\(format.rawValue)" }
}

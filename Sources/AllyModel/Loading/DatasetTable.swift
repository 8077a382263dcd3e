/// The tables of a dataset, their file names and their columns (in file order).
public enum DatasetTable: String, Sendable, CaseIterable {
    case actors, indicators, events, claims, threats
    /// Published judgements the model is validated against; optional.
    case judgements
    /// Facts about the dataset itself (`as_of`); optional.
    case meta
    /// The guided tour of the article, one step per paragraph; optional.
    case tour

    public var columns: [String] {
        switch self {
        case .actors:
            return ["id", "name", "kind", "region", "iso2", "iso3", "capital", "lat", "lon",
                    "adversaries", "aliases", "host", "source", "url", "published", "checked", "confidence"]
        case .indicators:
            return ["actor", "key", "value", "unit", "year", "source", "url", "published", "checked", "confidence", "note"]
        case .events:
            return ["id", "date", "title", "region", "actor", "target", "actors", "others", "kind", "summary",
                    "source", "url", "published", "checked", "confidence"]
        case .claims:
            return ["id", "paragraph", "region", "actors", "stance", "claim", "supports", "contradicts", "note"]
        case .threats:
            return ["ally", "adversary", "rank", "basis", "year", "source", "url", "published", "checked", "confidence", "note",
                    "frontline_km", "frontline_place"]
        case .meta:
            return ["key", "value"]
        case .judgements:
            return ["id", "index", "higher", "lower", "statement", "source", "url", "published", "checked", "confidence", "note"]
        case .tour:
            return ["paragraph", "region", "actors", "claims", "components", "topic"]
        }
    }

    /// Columns that may be left empty.
    var optionalColumns: Set<String> {
        switch self {
        case .actors: return ["iso2", "iso3", "adversaries", "aliases", "host", "url", "published", "checked"]
        case .indicators: return ["unit", "year", "url", "note", "published", "checked"]
        // `actors` is the v1 column (parties without direction), read as `actor` when present.
        case .events: return ["actor", "target", "actors", "others", "url", "published", "checked"]
        case .claims: return ["actors", "supports", "contradicts", "note"]
        case .threats: return ["year", "url", "published", "checked", "note", "frontline_km", "frontline_place"]
        case .meta: return []
        case .judgements: return ["url", "published", "checked", "note"]
        // A paragraph may make no claim (¶1 has no data behind it) and frame no one.
        case .tour: return ["actors", "claims", "components"]
        }
    }

    /// Tables a dataset may leave out.
    public var isOptional: Bool { self == .meta || self == .threats || self == .judgements || self == .tour }

    /// Columns the writer leaves out (kept readable for older files).
    var legacyColumns: Set<String> { self == .events ? ["actors"] : [] }

    /// The columns written on export.
    public var writtenColumns: [String] { columns.filter { !legacyColumns.contains($0) } }

    public func fileName(_ format: DelimitedTable.Format) -> String { "\(rawValue).\(format.rawValue)" }
}

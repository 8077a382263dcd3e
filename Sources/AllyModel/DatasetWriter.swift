#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes a dataset back out in the same formats the loader reads, so export → load is lossless.
public enum DatasetWriter {
    /// The rows of one table, in the loader's column order.
    public static func rows(_ table: DatasetTable, of dataset: Dataset) -> [[String]] {
        func list(_ items: [String]) -> String { items.joined(separator: ";") }
        switch table {
        case .actors:
            return dataset.actors.map { a in
                [a.id, a.name, a.kind.rawValue, a.region.rawValue, a.iso2, a.iso3, a.capital,
                 IndicatorValue.format(a.location.lat), IndicatorValue.format(a.location.lon),
                 list(a.adversaries), list(a.aliases), a.host, a.source.name, a.source.url, a.source.published, a.source.checked,
                 a.source.confidence.rawValue]
            }
        case .indicators:
            return dataset.indicators.map { x in
                [x.actor, x.key.rawValue, x.value.raw, x.unit, x.period?.text ?? "", x.source.name, x.source.url,
                 x.source.published, x.source.checked, x.source.confidence.rawValue, x.note]
            }
        case .events:
            return dataset.events.map { e in
                [e.id, e.date.text, e.title, e.region.rawValue, list(e.actor), list(e.target), list(e.others), e.kind.rawValue,
                 e.summary, e.source.name, e.source.url, e.source.published, e.source.checked, e.source.confidence.rawValue]
            }
        case .claims:
            return dataset.claims.map { c in
                [c.id, String(c.paragraph), c.region.rawValue, list(c.actors), c.stance.rawValue, c.text,
                 list(c.supports), list(c.contradicts), c.note]
            }
        case .threats:
            return dataset.threats.map { t in
                [t.ally, t.adversary, String(t.rank), t.basis.rawValue, t.year?.text ?? "", t.source.name, t.source.url,
                 t.source.published, t.source.checked, t.source.confidence.rawValue, t.note,
                 t.frontlineKm.map(IndicatorValue.format) ?? "", t.frontlinePlace]
            }
        case .judgements:
            return dataset.judgements.map { j in
                [j.id, j.index.rawValue, j.higher, j.lower, j.statement, j.source.name, j.source.url, j.source.published,
                 j.source.checked, j.source.confidence.rawValue, j.note]
            }
        case .tour:
            return dataset.tour.map { t in
                [String(t.paragraph), t.region.rawValue, list(t.actors), list(t.claims), list(t.components), t.topic]
            }
        case .meta:
            let meta = dataset.meta
            return (meta.asOf.map { [["as_of", $0.text]] } ?? []) + (meta.title.isEmpty ? [] : [["title", meta.title]])
                + meta.article.rows.filter { !$0.value.isEmpty }.map { [$0.key, $0.value] }
        }
    }

    /// One table as TSV or CSV text, header first.
    public static func text(_ table: DatasetTable, of dataset: Dataset, format: DelimitedTable.Format) -> String {
        let lines = ([table.writtenColumns] + rows(table, of: dataset)).map { fields in
            fields.map { format == .csv ? csvField($0) : $0 }.joined(separator: format == .csv ? "," : "\t")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The whole dataset as pretty, stable JSON.
    public static func json(_ dataset: Dataset) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(dataset)
    }

    /// Writes every table into `directory` (created if needed).
    public static func write(_ dataset: Dataset, to directory: String, format: DelimitedTable.Format) throws {
        try Path.makeDirectories(directory)
        for table in DatasetTable.allCases {
            let path = Path.join(directory, table.fileName(format))
            try AtomicFile.write(Array(text(table, of: dataset, format: format).utf8), to: path, mode: 0o644)
        }
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) || s.hasPrefix(" ") || s.hasSuffix(" ") else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}

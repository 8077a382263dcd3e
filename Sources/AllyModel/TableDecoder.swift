/// Turns parsed tables into model values, collecting every problem with its file and line.
struct TableDecoder {
    var issues: [DataIssue] = []
    /// Where each decoded item came from, for the cross-file checks that follow.
    var locations = DatasetLocations()

    /// Maps header names to column positions; a missing or unknown column is an issue.
    mutating func columns(of table: DelimitedTable, as kind: DatasetTable) -> [String: Int]? {
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() {
            if !kind.columns.contains(name) {
                issues.append(DataIssue(file: table.file, line: table.headerLine, field: name,
                                        message: "unknown column: expected the columns \(kind.columns.joined(separator: ", "))"))
            } else if index[name] != nil {
                issues.append(DataIssue(file: table.file, line: table.headerLine, field: name, message: "column appears twice"))
            } else {
                index[name] = i
            }
        }
        let missing = kind.columns.filter { index[$0] == nil && !kind.optionalColumns.contains($0) }
        for name in missing {
            issues.append(DataIssue(file: table.file, line: table.headerLine, field: name, message: "required column is missing"))
        }
        return missing.isEmpty ? index : nil
    }

    /// Decodes every row with `make`. A row with a bad field is still kept (with a placeholder
    /// value) so that its id resolves and one mistake is reported once, not again by every link.
    private mutating func rows<T>(_ table: DelimitedTable, as kind: DatasetTable, _ make: (inout RowReader) -> T) -> ([T], [Place]) {
        guard let index = columns(of: table, as: kind) else { return ([], []) }
        var items: [T] = [], places: [Place] = []
        items.reserveCapacity(table.rows.count)
        for row in table.rows {
            var reader = RowReader(table: kind, file: table.file, columnIndex: index, row: row)
            if row.fields.count != table.header.count {
                reader.fail("", "has \(row.fields.count) fields: expected \(table.header.count), one per column of the header")
            } else {
                items.append(make(&reader))
                places.append(Place(file: table.file, line: row.line))
            }
            issues += reader.issues
        }
        return (items, places)
    }

    mutating func actors(_ table: DelimitedTable) -> [Actor] {
        let (out, places) = rows(table, as: .actors) { r in
            return Actor(
                id: r.text("id"), name: r.text("name"), kind: r.choice("kind", ActorKind.self) ?? .ally,
                region: r.choice("region", Region.self) ?? .world,
                iso2: r.text("iso2"), iso3: r.text("iso3"), capital: r.text("capital"),
                location: GeoPoint(lat: r.number("lat", in: -90...90), lon: r.number("lon", in: -180...180)),
                adversaries: Identifier.list(r.text("adversaries")), aliases: Identifier.list(r.text("aliases")),
                host: r.text("host"),
                source: Source(name: r.text("source"), url: r.text("url"), confidence: r.choice("confidence", Confidence.self) ?? .low))
        }
        locations.actors = places
        return out
    }

    mutating func indicators(_ table: DelimitedTable) -> [Indicator] {
        let (out, places) = rows(table, as: .indicators) { r in
            let value = IndicatorValue(parsing: r.text("value"))
            let indicator = Indicator(
                actor: r.text("actor"), key: r.text("key"), value: value, unit: r.text("unit"),
                period: r.period("year", required: value.number != nil && !IndicatorCatalog.isTimeless(unit: r.text("unit"))),
                source: Source(name: r.text("source"), url: r.text("url"), confidence: r.choice("confidence", Confidence.self) ?? .low),
                note: r.text("note"))
            return indicator
        }
        locations.indicators = places
        return out
    }

    mutating func events(_ table: DelimitedTable) -> [TimelineEvent] {
        let (out, places) = rows(table, as: .events) { r in
            let date = r.period("date", required: true)
            let event = TimelineEvent(
                id: r.text("id"), date: date ?? Period("1900")!, title: r.text("title"),
                region: r.choice("region", Region.self) ?? .world,
                actors: Identifier.list(r.text("actors")), others: Identifier.list(r.text("others")),
                kind: r.choice("kind", EventKind.self) ?? .policy, summary: r.text("summary"),
                source: Source(name: r.text("source"), url: r.text("url"), confidence: r.choice("confidence", Confidence.self) ?? .low))
            return event
        }
        locations.events = places
        return out
    }

    mutating func claims(_ table: DelimitedTable) -> [Claim] {
        let (out, places) = rows(table, as: .claims) { r in
            let claim = Claim(
                id: r.text("id"), paragraph: r.integer("paragraph", in: 0...999),
                region: r.choice("region", Region.self) ?? .world, actors: Identifier.list(r.text("actors")),
                stance: r.choice("stance", ClaimStance.self) ?? .judgement, text: r.text("claim"),
                supports: Identifier.list(r.text("supports")), contradicts: Identifier.list(r.text("contradicts")),
                note: r.text("note"))
            return claim
        }
        locations.claims = places
        return out
    }
}

/// A file and line an item was read from.
struct Place: Sendable {
    var file: String
    var line: Int
}

/// Where each item of each table came from, by position in its array.
struct DatasetLocations: Sendable {
    var actors: [Place] = []
    var indicators: [Place] = []
    var events: [Place] = []
    var claims: [Place] = []
}

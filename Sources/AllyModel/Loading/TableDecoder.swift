/// Turns table rows into model values as they stream in, collecting every problem with its
/// file and line.
struct TableDecoder {
    var issues: [DataIssue] = []
    /// Where each decoded item came from, for the cross-file checks that follow.
    var locations = DatasetLocations()
    /// Shared by all four tables, so a source named on every row is one string in memory.
    let interner = StringInterner()
    /// Shared by all tables, like the interner: the same few dates recur on every row.
    let dates = DateMemo()

    /// What decoding the indicators table on its own thread hands back.
    struct Output: Sendable {
        var issues: [DataIssue] = []
        var lines = TableLines(file: DatasetTable.indicators.rawValue)
    }

    var output: Output { Output(issues: issues, lines: locations.indicators) }

    /// Rows read before the table's size is estimated.
    static let sampleRows = 256

    /// A file's header resolved against the columns a table expects.
    struct Header {
        let kind: DatasetTable
        let positions: [String: Int]
        let count: Int

        subscript(_ name: String) -> Column {
            precondition(kind.columns.contains(name), "\(name) is not a column of \(kind.rawValue)")
            return Column(name: name, position: positions[name], optional: kind.optionalColumns.contains(name))
        }
    }

    /// Maps header names to column positions; a missing or unknown column is an issue.
    private mutating func header(_ names: [String], line: Int, file: String, as kind: DatasetTable) -> Header? {
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            if !kind.columns.contains(name) {
                issues.append(DataIssue(file: file, line: line, field: name,
                                        message: "unknown column: expected the columns \(kind.columns.joined(separator: ", "))"))
            } else if index[name] != nil {
                issues.append(DataIssue(file: file, line: line, field: name, message: "column appears twice"))
            } else {
                index[name] = i
            }
        }
        let missing = kind.columns.filter { index[$0] == nil && !kind.optionalColumns.contains($0) }
        for name in missing {
            issues.append(DataIssue(file: file, line: line, field: name, message: "required column is missing"))
        }
        return missing.isEmpty ? Header(kind: kind, positions: index, count: names.count) : nil
    }

    /// Streams a table: the header line picks the columns (`prepare` resolves the ones it needs
    /// once), then every row is decoded with the row function `prepare` returned. A row with a
    /// bad field is still kept (with a placeholder value) so that its id resolves and one
    /// mistake is reported once, not again by every link.
    ///
    /// After the first rows, the table's size is estimated from the input's length and `reserve`
    /// (and the row arrays) grow to it at once: doubling a 100k-row array as it fills held the
    /// old and new copies together, which set the loader's peak memory.
    mutating func decode<T>(_ input: ByteInput, file: String, format: DelimitedTable.Format, as kind: DatasetTable,
                            reserve: (Int) -> Void = { _ in },
                            _ prepare: (Header) -> (inout RowReader) -> T) throws(LineStream.ReadFailure) -> ([T], TableLines) {
        var items: [T] = []
        let totalBytes = input.byteCount
        var bytesRead = 0
        var reservedRows = Self.sampleRows
        var lines = TableLines(file: file)
        var header: Header?
        var make: ((inout RowReader) -> T)?
        var headerDone = false
        let interner = self.interner, dates = self.dates
        var found: [DataIssue] = []
        let scanned = try DelimitedTable.scan(input, file: file, format: format) { line, fields in
            guard headerDone else {
                headerDone = true
                let names = (0..<fields.count).map { fields.string($0) }
                header = self.header(names, line: line, file: file, as: kind)
                make = header.map(prepare)
                return
            }
            guard let header, let make else { return }
            bytesRead += fields.lineLength + 1
            // Estimated again whenever the rows reach the last estimate, from all rows so far
            // (a file's first rows can be unlike the rest).
            if lines.count + 1 == reservedRows {
                let rows = Double(lines.count + 1)
                let estimate = Int(Double(totalBytes) / Double(max(bytesRead, 1)) * rows * 1.05) + 16
                reservedRows = max(estimate, reservedRows * 5 / 4)
                items.reserveCapacity(reservedRows)
                reserve(reservedRows)
            }
            var reader = RowReader(file: file, line: line, fields: fields, interner: interner, dates: dates)
            if fields.count != header.count {
                reader.fail("", "has \(fields.count) fields: expected \(header.count), one per column of the header")
            } else {
                items.append(make(&reader))
                lines.append(line)
            }
            found += reader.issues
        }
        issues += scanned + found
        // Trimmed when the estimate was well off, so the table keeps little unused capacity.
        let trimmed = items.capacity > items.count + items.count / 8 + 16 ? items.withUnsafeBufferPointer { Array($0) } : items
        return (trimmed, lines)
    }

    mutating func actors(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> ActorTable {
        // Packed as they are read, like the indicators.
        var table = ActorTable.Builder()
        let (_, lines) = try decode(input, file: file, format: format, as: .actors, reserve: { table.reserveCapacity($0) }) { c in
            let (id, name, kind, region) = (c["id"], c["name"], c["kind"], c["region"])
            let (iso2, iso3, capital, lat, lon) = (c["iso2"], c["iso3"], c["capital"], c["lat"], c["lon"])
            let (adversaries, aliases, host) = (c["adversaries"], c["aliases"], c["host"])
            let (source, url, confidence) = (c["source"], c["url"], c["confidence"])
            let (published, checked) = (c["published"], c["checked"])
            return { r in
                table.append(Actor(
                    id: r.text(id, shared: true), name: r.text(name), kind: r.choice(kind, ActorKind.self) ?? .ally,
                    region: r.choice(region, Region.self) ?? .world,
                    iso2: r.text(iso2), iso3: r.text(iso3), capital: r.text(capital),
                    location: GeoPoint(lat: r.number(lat, in: -90...90), lon: r.number(lon, in: -180...180)),
                    adversaries: r.list(adversaries), aliases: r.list(aliases),
                    host: r.text(host, shared: true),
                    source: r.source(source, url, confidence, published, checked)))
            }
        }
        locations.actors = lines
        return table.table
    }

    mutating func indicators(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> IndicatorTable {
        // Rows are packed as they are read, so the full-size values never all exist at once.
        var table = IndicatorTable.Builder()
        let (_, lines) = try decode(input, file: file, format: format, as: .indicators, reserve: { table.reserveCapacity($0) }) { c in
            let (actor, key, value, unit, year) = (c["actor"], c["key"], c["value"], c["unit"], c["year"])
            let (source, url, confidence, note) = (c["source"], c["url"], c["confidence"], c["note"])
            let (published, checked) = (c["published"], c["checked"])
            return { r in
                let parsed = IndicatorValue(parsing: r.text(value, shared: true))
                let unitText = r.text(unit, shared: true)
                table.append(Indicator(
                    actor: r.text(actor, shared: true), key: IndicatorKey(r.text(key, shared: true)), value: parsed, unit: unitText,
                    period: r.period(year, required: parsed.number != nil && !IndicatorCatalog.isTimeless(unit: unitText)),
                    source: r.source(source, url, confidence, published, checked),
                    note: r.text(note, shared: true)))
            }
        }
        locations.indicators = lines
        return table.table
    }

    mutating func events(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> EventTable {
        var table = EventTable.Builder()
        let (_, lines) = try decode(input, file: file, format: format, as: .events, reserve: { table.reserveCapacity($0) }) { c in
            let (id, date, title, region, actors) = (c["id"], c["date"], c["title"], c["region"], c["actors"])
            let (actor, target) = (c["actor"], c["target"])
            let (others, kind, summary) = (c["others"], c["kind"], c["summary"])
            let (source, url, confidence) = (c["source"], c["url"], c["confidence"])
            let (published, checked) = (c["published"], c["checked"])
            return { r in
                let when = r.period(date, required: true)
                table.append(TimelineEvent(
                    id: r.text(id), date: when ?? Period("1900")!, title: r.text(title),
                    region: r.choice(region, Region.self) ?? .world,
                    actor: r.list(actor) + r.list(actors), target: r.list(target), others: r.list(others),
                    kind: r.choice(kind, EventKind.self) ?? .policy, summary: r.text(summary, shared: true),
                    source: r.source(source, url, confidence, published, checked)))
            }
        }
        locations.events = lines
        return table.table
    }

    mutating func claims(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> [Claim] {
        let (out, lines) = try decode(input, file: file, format: format, as: .claims) { c in
            let (id, paragraph, region, actors, stance) = (c["id"], c["paragraph"], c["region"], c["actors"], c["stance"])
            let (claim, supports, contradicts, note) = (c["claim"], c["supports"], c["contradicts"], c["note"])
            return { r in
                Claim(
                    id: r.text(id), paragraph: r.integer(paragraph, in: 0...999),
                    region: r.choice(region, Region.self) ?? .world, actors: r.list(actors),
                    stance: r.choice(stance, ClaimStance.self) ?? .judgement, text: r.text(claim),
                    supports: r.list(supports), contradicts: r.list(contradicts),
                    note: r.text(note))
            }
        }
        locations.claims = lines
        return out
    }
}

extension TableDecoder {
    mutating func threats(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> [Threat] {
        let (out, lines) = try decode(input, file: file, format: format, as: .threats) { c in
            let (ally, adversary, rank, basis, year) = (c["ally"], c["adversary"], c["rank"], c["basis"], c["year"])
            let (source, url, confidence, note) = (c["source"], c["url"], c["confidence"], c["note"])
            let (published, checked) = (c["published"], c["checked"])
            let (frontline, place) = (c["frontline_km"], c["frontline_place"])
            return { r in
                let km = r.text(frontline).isEmpty ? nil : r.number(frontline, in: 0...25_000)
                return Threat(ally: r.text(ally, shared: true), adversary: r.text(adversary, shared: true),
                              rank: r.integer(rank, in: 1...99), basis: r.choice(basis, ThreatBasis.self) ?? .statedHostility,
                              year: r.period(year, required: false), source: r.source(source, url, confidence, published, checked),
                              note: r.text(note), frontlineKm: km, frontlinePlace: r.text(place))
            }
        }
        locations.threats = lines
        return out
    }

    mutating func judgements(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> [Judgement] {
        let (out, lines) = try decode(input, file: file, format: format, as: .judgements) { c in
            let (id, index, higher, lower, statement) = (c["id"], c["index"], c["higher"], c["lower"], c["statement"])
            let (source, url, confidence, note) = (c["source"], c["url"], c["confidence"], c["note"])
            let (published, checked) = (c["published"], c["checked"])
            return { r in
                Judgement(id: r.text(id), index: r.choice(index, ScoreKind.self) ?? .reliance,
                          higher: r.text(higher, shared: true), lower: r.text(lower, shared: true), statement: r.text(statement),
                          source: r.source(source, url, confidence, published, checked), note: r.text(note))
            }
        }
        locations.judgements = lines
        return out
    }

    mutating func tour(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> [TourParagraph] {
        let (out, lines) = try decode(input, file: file, format: format, as: .tour) { c in
            let (paragraph, region, actors) = (c["paragraph"], c["region"], c["actors"])
            let (claims, components, topic) = (c["claims"], c["components"], c["topic"])
            return { r in
                TourParagraph(paragraph: r.integer(paragraph, in: 0...999), region: r.choice(region, Region.self) ?? .world,
                              actors: r.list(actors), claims: r.list(claims), components: r.list(components), topic: r.text(topic))
            }
        }
        locations.tour = lines
        return out
    }

    /// `key value` rows: `as_of`, `title`, and the `article_*` keys that describe the claims' article.
    mutating func meta(_ input: ByteInput, file: String, format: DelimitedTable.Format) throws(LineStream.ReadFailure) -> DatasetMeta {
        var meta = DatasetMeta()
        let (rows, lines) = try decode(input, file: file, format: format, as: .meta) { c in
            let (key, value) = (c["key"], c["value"])
            return { r in (r.text(key), r.text(value), r.line) }
        }
        for (k, v, line) in rows {
            switch k {
            case "as_of":
                if let p = Period(v) { meta.asOf = p } else {
                    issues.append(DataIssue(file: file, line: line, field: "value", message: "as_of: expected a date (2025-12-31), got \"\(v)\""))
                }
            case "title": meta.title = v
            case "article_title": meta.article.title = v
            case "article_outlet": meta.article.outlet = v
            case "article_note": meta.article.note = v
            case "article_published":
                if v.isEmpty || Period(v) != nil { meta.article.published = v } else {
                    issues.append(DataIssue(file: file, line: line, field: "value",
                                            message: "article_published: expected a date (2025-09-30, 2025-09 or 2025), got \"\(v)\""))
                }
            case "article_url":
                if v.isEmpty || v.hasPrefix("https://") || v.hasPrefix("http://") { meta.article.url = v } else {
                    issues.append(DataIssue(file: file, line: line, field: "value", message: "article_url: expected an http(s) address, got \"\(v)\""))
                }
            default:
                let keys = ["as_of", "title"] + ClaimArticle().rows.map(\.key)
                issues.append(DataIssue(file: file, line: line, field: "key",
                                        message: "unknown key \"\(k)\": expected one of \(keys.joined(separator: ", "))"))
            }
        }
        locations.meta = lines
        return meta
    }
}

/// The line each item of one table was read from, by position.
struct TableLines: Sendable {
    var file: String
    /// How many rows have a line.
    private(set) var count = 0
    /// Rows mostly sit on consecutive lines, so only the rows that start a run of consecutive
    /// lines are stored (with their line): a 500k-row file with no blank lines costs 8 bytes,
    /// not 2 MB of line numbers.
    private var runStarts: [Int32] = []
    private var runLines: [Int32] = []

    init(file: String) { self.file = file }

    /// Row `count` is on `line`.
    mutating func append(_ line: Int) {
        let line = Int32(clamping: line)
        if let start = runStarts.last, let first = runLines.last, Int(first) + (count - Int(start)) == Int(line) {
            count += 1
            return
        }
        runStarts.append(Int32(clamping: count))
        runLines.append(line)
        count += 1
    }

    func place(_ i: Int) -> Place { Place(file: file, line: line(of: i)) }

    /// The line of row `i`, 0 for a row that has none.
    func line(of i: Int) -> Int {
        guard i >= 0, i < count else { return 0 }
        // The last run starting at or before row i.
        var (lo, hi) = (0, runStarts.count - 1)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(runStarts[mid]) <= i { lo = mid } else { hi = mid - 1 }
        }
        return Int(runLines[lo]) + (i - Int(runStarts[lo]))
    }
}

/// A file and line an item was read from.
struct Place: Sendable {
    var file: String
    var line: Int
}

/// Where each item of each table came from, by position in its array.
struct DatasetLocations: Sendable {
    var actors = TableLines(file: DatasetTable.actors.rawValue)
    var indicators = TableLines(file: DatasetTable.indicators.rawValue)
    var events = TableLines(file: DatasetTable.events.rawValue)
    var claims = TableLines(file: DatasetTable.claims.rawValue)
    var threats = TableLines(file: DatasetTable.threats.rawValue)
    var meta = TableLines(file: DatasetTable.meta.rawValue)
    var judgements = TableLines(file: DatasetTable.judgements.rawValue)
    var tour = TableLines(file: DatasetTable.tour.rawValue)
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads a dataset from the copy built into the binary, a directory of TSV/CSV files, or a JSON file,
/// and validates it. Any problem throws a `DataError` listing every issue found.
public enum DatasetLoader {
    /// Largest file accepted, so a stray huge file is an error rather than an out-of-memory kill.
    public static let maxFileBytes = 512 * 1024 * 1024

    /// The dataset shipped inside the binary (built from `seeds/data/`).
    public static func loadDefault() throws -> Dataset {
        var files: [DatasetTable: NamedInput] = [:]
        for table in DatasetTable.allCases {
            files[table] = NamedInput(name: table.fileName(.tsv), input: .bytes(Array(EmbeddedSeeds.text(for: table).utf8)))
        }
        return try load(inputs: files, format: .tsv)
    }

    /// Loads `path`: a directory holding `actors`, `indicators`, `events` and `claims` as `.tsv` or `.csv`,
    /// or a `.json` file written by `allymap export --format json`.
    public static func load(path: String) throws -> Dataset {
        switch Path.kind(path) {
        case .missing: throw DataError([DataIssue(file: path, line: 0, field: "", message: "no such file or directory")])
        case .broken(let reason): throw DataError([DataIssue(file: path, line: 0, field: "", message: reason)])
        case .file:
            let bytes = try read(path)
            if let table = DatasetTable.allCases.first(where: { t in DelimitedTable.Format.allCases.contains { Path.lastComponent(path) == t.fileName($0) } }) {
                throw DataError([DataIssue(file: path, line: 0, field: "",
                                           message: "is one table (\(table.rawValue)): expected the directory that holds all four tables, or a .json file written by allymap export")])
            }
            if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }), first != UInt8(ascii: "{") {
                throw DataError([DataIssue(file: path, line: 0, field: "",
                                           message: "is not a JSON dataset (it does not start with \"{\"): expected a directory of .tsv or .csv tables, or a .json file written by allymap export")])
            }
            return try loadJSON(bytes: bytes, file: Path.lastComponent(path))
        case .directory: break
        }
        let present = DelimitedTable.Format.allCases.filter { f in
            Path.kind(Path.join(path, DatasetTable.actors.fileName(f))) != .missing
        }
        if present.count > 1 {
            let names = present.map { DatasetTable.actors.fileName($0) }.joined(separator: " and ")
            throw DataError([DataIssue(file: path, line: 0, field: "",
                                       message: "holds both \(names): expected one format per directory (remove or move one set of tables)")])
        }
        let format = present.first ?? .tsv
        var files: [DatasetTable: NamedInput] = [:]
        var missing: [DataIssue] = []
        for table in DatasetTable.allCases {
            let name = table.fileName(format)
            let full = Path.join(path, name)
            if case .broken(let reason) = Path.kind(full) {
                missing.append(DataIssue(file: name, line: 0, field: "", message: reason))
            } else if table.isOptional && Path.kind(full) == .missing {
                continue
            } else if Path.kind(full) != .missing {
                files[table] = NamedInput(name: name, input: .file(path: full))
            } else {
                missing.append(DataIssue(file: name, line: 0, field: "",
                                         message: "file is missing: a dataset directory needs \(DatasetTable.allCases.filter { !$0.isOptional }.map { $0.fileName(format) }.joined(separator: ", "))"))
            }
        }
        if !missing.isEmpty { throw DataError(missing) }
        return try load(inputs: files, format: format)
    }

    /// A file's name (for messages) and contents.
    public struct NamedBytes: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    }

    /// A file's name (for messages) and where to read it from.
    public struct NamedInput: Sendable {
        public var name: String
        public var input: ByteInput
        public init(name: String, input: ByteInput) { self.name = name; self.input = input }
    }

    /// Parses and validates four tables held in memory.
    public static func load(files: [DatasetTable: NamedBytes], format: DelimitedTable.Format) throws -> Dataset {
        try load(inputs: files.mapValues { NamedInput(name: $0.name, input: .bytes($0.bytes)) }, format: format)
    }

    /// Parses and validates the four tables, streaming each one row by row.
    public static func load(inputs: [DatasetTable: NamedInput], format: DelimitedTable.Format) throws -> Dataset {
        var decoder = TableDecoder()
        func read<T>(_ table: DatasetTable, or empty: T, _ decode: (inout TableDecoder, ByteInput, String) throws(LineStream.ReadFailure) -> T) throws -> T {
            guard let file = inputs[table] else {
                if !table.isOptional {
                    decoder.issues.append(DataIssue(file: table.fileName(format), line: 0, field: "", message: "file is missing"))
                }
                return empty
            }
            do {
                return try decode(&decoder, file.input, file.name)
            } catch {
                throw DataError([DataIssue(file: file.name, line: 0, field: "", message: error.message)])
            }
        }
        // The indicators table is most of a large dataset: it is decoded on a second thread
        // (with its own decoder) while this one reads the other three and checks actors and events.
        let indicatorFile = inputs[.indicators]
        let (earlyTables, indicatorResult) = try Parallel.both({ () throws -> EarlyTables in
            let actors = try read(.actors, or: ActorTable()) { d, input, name throws(LineStream.ReadFailure) in try d.actors(input, file: name, format: format) }
            let events = try read(.events, or: EventTable()) { d, input, name throws(LineStream.ReadFailure) in try d.events(input, file: name, format: format) }
            let claims = try read(.claims, or: []) { d, input, name throws(LineStream.ReadFailure) in try d.claims(input, file: name, format: format) }
            let threats = try read(.threats, or: []) { d, input, name throws(LineStream.ReadFailure) in try d.threats(input, file: name, format: format) }
            let meta = try read(.meta, or: DatasetMeta()) { d, input, name throws(LineStream.ReadFailure) in try d.meta(input, file: name, format: format) }
            let judgements = try read(.judgements, or: []) { d, input, name throws(LineStream.ReadFailure) in try d.judgements(input, file: name, format: format) }
            let tour = try read(.tour, or: []) { d, input, name throws(LineStream.ReadFailure) in try d.tour(input, file: name, format: format) }
            var validator = DatasetValidator(actors: actors, indicators: IndicatorTable(), events: events, claims: [],
                                             place: places(decoder.locations))
            validator.threats = threats
            validator.meta = meta
            validator.judgements = judgements
            validator.checkActorsAndEvents()
            return EarlyTables(actors: actors, events: events, claims: claims, threats: threats, meta: meta, judgements: judgements,
                               tour: tour, issues: validator.issues)
        }, { decodeIndicators(indicatorFile, format: format) })
        let indicators: IndicatorTable
        switch indicatorResult {
        case .success(let (table, output)):
            indicators = table
            decoder.issues += output.issues
            decoder.locations.indicators = output.lines
        case .failure(let error):
            throw DataError([DataIssue(file: indicatorFile?.name ?? "", line: 0, field: "", message: error.message)])
        }
        if indicatorFile == nil {
            decoder.issues.append(DataIssue(file: DatasetTable.indicators.fileName(format), line: 0, field: "", message: "file is missing"))
        }
        // The events are taken out so the dataset holds their only reference and sorts them in place.
        var early = consume earlyTables
        let events = early.takeEvents()
        let (actors, claims) = (early.actors, early.claims)
        // The validator is scoped so that its references to the tables are gone before the
        // dataset takes them over: `Dataset` then sorts the events in place instead of copying.
        let issues = {
            var validator = DatasetValidator(actors: actors, indicators: indicators, events: events, claims: claims,
                                             place: places(decoder.locations))
            validator.meta = early.meta
            validator.tour = early.tour
            validator.checkIndicatorsAndClaims()
            return onePerField(decoder.issues + early.issues + validator.issues)
        }()
        if !issues.isEmpty { throw DataError(sorted(issues)) }
        return Dataset(actors: actors, indicators: indicators, events: consume events, claims: claims,
                       threats: early.threats, meta: early.meta, judgements: early.judgements, tour: early.tour)
    }

    /// What the loading thread has read and checked by the time the indicators are in.
    private struct EarlyTables {
        let actors: ActorTable
        var events: EventTable
        let claims: [Claim]
        let threats: [Threat]
        let meta: DatasetMeta
        let judgements: [Judgement]
        let tour: [TourParagraph]
        let issues: [DataIssue]

        mutating func takeEvents() -> EventTable {
            defer { events = EventTable() }
            return events
        }
    }

    /// Where item `i` of each table was read from.
    private static func places(_ locations: DatasetLocations) -> (DatasetTable, Int) -> Place {
        { table, i in
            switch table {
            case .actors: return locations.actors.place(i)
            case .indicators: return locations.indicators.place(i)
            case .events: return locations.events.place(i)
            case .claims: return locations.claims.place(i)
            case .threats: return locations.threats.place(i)
            case .meta: return locations.meta.place(i)
            case .judgements: return locations.judgements.place(i)
            case .tour: return locations.tour.place(i)
            }
        }
    }

    /// The indicators table decoded by a decoder of its own (so it can run on another thread).
    private static func decodeIndicators(_ file: NamedInput?, format: DelimitedTable.Format) -> Result<(IndicatorTable, TableDecoder.Output), LineStream.ReadFailure> {
        guard let file else { return .success((IndicatorTable(), TableDecoder.Output())) }
        var own = TableDecoder()
        do {
            let table = try own.indicators(file.input, file: file.name, format: format)
            return .success((table, own.output))
        } catch {
            return .failure(error)
        }
    }

    /// Decodes and validates a JSON dataset.
    public static func loadJSON(bytes: [UInt8], file: String) throws -> Dataset {
        let raw: RawDataset
        do {
            raw = try JSONDecoder().decode(RawDataset.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DataError([DataIssue(file: file, line: 0, field: path(of: error), message: describe(error))])
        } catch {
            throw DataError([DataIssue(file: file, line: 0, field: "", message: "expected a JSON dataset written by allymap export: \(error)")])
        }
        let indicators = IndicatorTable(raw.indicators)
        let (actors, events) = (ActorTable(raw.actors), EventTable(raw.events))
        var validator = DatasetValidator(actors: actors, indicators: indicators, events: events, claims: raw.claims) { table, i in
            Place(file: "\(file) \(table.rawValue)[\(i)]", line: 0)
        }
        validator.threats = raw.threats ?? []
        validator.meta = raw.meta ?? DatasetMeta()
        validator.judgements = raw.judgements ?? []
        validator.tour = raw.tour ?? []
        let issues = validator.run()
        if !issues.isEmpty { throw DataError(issues) }
        return Dataset(actors: actors, indicators: indicators, events: events, claims: raw.claims,
                       threats: raw.threats ?? [], meta: raw.meta ?? DatasetMeta(), judgements: raw.judgements ?? [],
                       tour: raw.tour ?? [])
    }

    // MARK: - Helpers

    /// The JSON layout, decoded without building indexes so positions match the file.
    private struct RawDataset: Decodable {
        var actors: [Actor]
        var indicators: [Indicator]
        var events: [TimelineEvent]
        var claims: [Claim]
        var threats: [Threat]?
        var meta: DatasetMeta?
        var judgements: [Judgement]?
        var tour: [TourParagraph]?
    }

    /// A whole file (JSON datasets; tables are streamed instead).
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try RegularFile.readAll(path, maxBytes: maxFileBytes)
        } catch {
            throw DataError([DataIssue(file: path, line: 0, field: "", message: error.message)])
        }
    }

    /// Row decoding and whole-dataset checks can both trip on the same field; say it once.
    private static func onePerField(_ issues: [DataIssue]) -> [DataIssue] {
        var seen = Set<String>()
        return issues.filter { seen.insert("\($0.file)\u{0}\($0.line)\u{0}\($0.field)").inserted || $0.line == 0 }
    }

    private static func sorted(_ issues: [DataIssue]) -> [DataIssue] {
        let order = Dictionary(uniqueKeysWithValues: DatasetTable.allCases.enumerated().map { ($1.rawValue, $0) })
        func rank(_ file: String) -> Int { order[file.split(separator: ".").first.map(String.init) ?? ""] ?? 9 }
        return issues.enumerated().sorted { a, b in
            (rank(a.element.file), a.element.file, a.element.line, a.offset) < (rank(b.element.file), b.element.file, b.element.line, b.offset)
        }.map(\.element)
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c): return (c.codingPath + [key]).map(pathItem).joined(separator: ".")
        @unknown default: return ""
        }
        return context.codingPath.map(pathItem).joined(separator: ".")
    }

    private static func pathItem(_ key: CodingKey) -> String { key.intValue.map { "[\($0)]" } ?? key.stringValue }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case .typeMismatch(let type, _): return "expected a value of type \(type)"
        case .valueNotFound(let type, _): return "expected a value of type \(type), found null"
        case .dataCorrupted(let c): return c.debugDescription.isEmpty ? "not valid JSON" : c.debugDescription
        @unknown default: return "not a valid dataset"
        }
    }
}

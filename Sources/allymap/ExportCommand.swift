import AllyModel
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `allymap export`: the whole dataset as JSON, or as TSV/CSV tables that `--data` loads back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the dataset as JSON, CSV or TSV (loadable again with --data).",
        discussion: """
            json: one file (stdout unless --out FILE).
            csv, tsv: one file per table; --out DIR writes all four, --table NAME prints one table to stdout.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, tsv }

    @Option(help: "json, csv or tsv.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write here instead of stdout (a file for json, a directory for csv/tsv).", valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("With csv/tsv: print only this table (actors, indicators, events, claims).", valueName: "name"))
    var table: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let table, DatasetTable(rawValue: table) == nil {
            throw ValidationError("unknown table \"\(table)\": expected actors, indicators, events or claims")
        }
        if format == .json && table != nil { throw ValidationError("--table goes with --format csv or tsv") }
        if format != .json && table == nil && out == nil {
            throw ValidationError("csv and tsv exports are four tables: give --out DIR, or --table NAME to print one")
        }
    }

    func run() throws {
        let dataset = try dataOptions.load()
        do {
            switch format {
            case .json:
                let data = try DatasetWriter.json(dataset)
                if let out {
                    try AtomicFile.write([UInt8](data), to: out, mode: 0o644)
                } else {
                    print(String(decoding: data, as: UTF8.self))
                }
            case .csv, .tsv:
                let tableFormat: DelimitedTable.Format = format == .csv ? .csv : .tsv
                if let name = table, let t = DatasetTable(rawValue: name) {
                    let text = DatasetWriter.text(t, of: dataset, format: tableFormat)
                    if let out { try AtomicFile.write(Array(text.utf8), to: out, mode: 0o644) } else { print(text, terminator: "") }
                } else if let out {
                    try DatasetWriter.write(dataset, to: out, format: tableFormat)
                }
            }
        } catch let error as POSIXFailure {
            throw CommandExit.cannotCreate("cannot write \(out ?? "output"): \(error)")
        }
    }
}

// libFuzzer target for every file the dataset loader reads. Built by scripts/fuzz.sh together
// with the AllyModel sources (one module, so internal API is visible); not part of the package.
//
// Input layout: byte 0 picks what the rest replaces (mod 9):
//   0-3  one TSV table (actors, indicators, events, claims), the other three from the built-in data
//   4-7  the same table as CSV, the other three exported as CSV
//   8    a whole JSON dataset
// Oracle: the loader returns a Dataset or throws a DataError whose issues all name a file and
// whose printed text holds no control character but newline and no bidi override (messages
// quote data, and are printed to the terminal). Anything else, a trap or a hang, is a finding.
import Foundation

private let tables = DatasetTable.allCases

private let base: [DelimitedTable.Format: [DatasetTable: [UInt8]]] = {
    let dataset = try! DatasetLoader.loadDefault()
    var out: [DelimitedTable.Format: [DatasetTable: [UInt8]]] = [:]
    for format in DelimitedTable.Format.allCases {
        for table in tables {
            out[format, default: [:]][table] = Array(DatasetWriter.text(table, of: dataset, format: format).utf8)
        }
    }
    return out
}()

private func check(_ body: () throws -> Dataset) {
    do {
        _ = try body()
    } catch let error as DataError {
        precondition(!error.issues.isEmpty, "DataError without issues")
        for issue in error.issues {
            precondition(!issue.file.isEmpty, "issue without a file: \(issue)")
            precondition(issue.line >= 0, "negative line: \(issue)")
        }
        for scalar in error.description.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            precondition(!bad, "error message carries U+\(String(v, radix: 16)) from the data")
        }
    } catch {
        preconditionFailure("not a DataError: \(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = Int(data[0] % 9)
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if mode == 8 {
        check { try DatasetLoader.loadJSON(bytes: bytes, file: "fuzz.json") }
        return 0
    }
    let format: DelimitedTable.Format = mode < 4 ? .tsv : .csv
    let target = tables[mode % 4]
    var files: [DatasetTable: DatasetLoader.NamedBytes] = [:]
    for table in tables {
        files[table] = .init(name: table.fileName(format), bytes: table == target ? bytes : base[format]![table]!)
    }
    check { try DatasetLoader.load(files: files, format: format) }
    return 0
}

import Foundation
import Testing
@testable import AllyModel

/// The short, deterministic version of `scripts/fuzz.sh`: the committed libFuzzer corpus is
/// replayed, then a few thousand seeded mutations of the fixture tables and of JSON. Every input
/// must give a Dataset or a DataError whose issues name a file and whose text cannot drive a
/// terminal (no control character but newline, no bidi override).
@Suite struct LoaderFuzzTests {
    // MARK: - Oracle

    /// Runs the loader and checks the outcome; returns whether it loaded.
    @discardableResult
    static func expectDatasetOrLocatedError(_ body: () throws -> Dataset, input: String,
                                            sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            _ = try body()
            return true
        } catch let error as DataError {
            #expect(!error.issues.isEmpty, "\(input): DataError without issues", sourceLocation: sourceLocation)
            #expect(error.issues.allSatisfy { !$0.file.isEmpty && $0.line >= 0 }, "\(input): \(error)", sourceLocation: sourceLocation)
            let bad = error.description.unicodeScalars.first { s in
                let v = s.value
                return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            }
            #expect(bad == nil, "\(input): error text carries U+\(String(bad?.value ?? 0, radix: 16)) from the data", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(input): not a DataError: \(error)", sourceLocation: sourceLocation)
        }
        return false
    }

    /// Loads `bytes` the way `Fuzz/LoaderFuzz.swift` does: byte 0 picks TSV table 0-3, CSV
    /// table 4-7 or JSON 8; the other tables come from `base`.
    static func load(_ input: [UInt8], base: [DelimitedTable.Format: [DatasetTable: [UInt8]]]) throws -> Dataset {
        let mode = Int((input.first ?? 0) % 9)
        let bytes = Array(input.dropFirst())
        if mode == 8 { return try DatasetLoader.loadJSON(bytes: bytes, file: "fuzz.json") }
        let format: DelimitedTable.Format = mode < 4 ? .tsv : .csv
        let target = DatasetTable.allCases[mode % 4]
        var files: [DatasetTable: DatasetLoader.NamedBytes] = [:]
        for table in DatasetTable.allCases {
            files[table] = .init(name: table.fileName(format), bytes: table == target ? bytes : base[format]![table]!)
        }
        return try DatasetLoader.load(files: files, format: format)
    }

    static func base(_ dataset: Dataset) -> [DelimitedTable.Format: [DatasetTable: [UInt8]]] {
        var out: [DelimitedTable.Format: [DatasetTable: [UInt8]]] = [:]
        for format in DelimitedTable.Format.allCases {
            for table in DatasetTable.allCases {
                out[format, default: [:]][table] = Array(DatasetWriter.text(table, of: dataset, format: format).utf8)
            }
        }
        return out
    }

    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    // MARK: - Tests

    @Test func committedCorpusReplays() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpusDirectory.path).sorted()
        #expect(names.count >= 20)
        let base = Self.base(try DatasetLoader.loadDefault())
        var loaded = 0
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.corpusDirectory.appendingPathComponent(name)))
            if Self.expectDatasetOrLocatedError({ try Self.load(bytes, base: base) }, input: name) { loaded += 1 }
        }
        #expect(loaded >= 8, "the unmodified tables (tsv-*, csv-*) load") // a sanity check on the harness
    }

    /// Seeded mutations of the small fixture (fast to load); same seed, same inputs, every run.
    @Test func seededMutationsGiveADatasetOrALocatedError() throws {
        let fixture = try Fixture.load()
        let base = Self.base(fixture)
        let json = [UInt8](try DatasetWriter.json(fixture))
        var rng = SeededGenerator(seed: 0xA11C_E5EE_D000_0008)
        var loaded = 0
        let cases = 3000
        for n in 0..<cases {
            let mode = UInt8(rng.next() % 9)
            let seed: [UInt8] = mode == 8 ? json
                : base[mode < 4 ? .tsv : .csv]![DatasetTable.allCases[Int(mode) % 4]]!
            let mutated = Self.mutate(seed, rounds: 1 + Int(rng.next() % 4), &rng)
            if Self.expectDatasetOrLocatedError({ try Self.load([mode] + mutated, base: base) }, input: "case \(n) mode \(mode)") {
                loaded += 1
            }
        }
        #expect(loaded > 0 && loaded < cases, "mutations should both keep and break datasets (loaded \(loaded))")
    }

    // MARK: - Mutations

    /// Byte strings that the parser and validator treat specially.
    static let dictionary: [[UInt8]] = [
        [0x1B], Array("\u{1B}[2J".utf8), Array("\u{1B}]0;x\u{07}".utf8), [0xC2, 0x9B], Array("\u{202E}".utf8),
        Array("\u{200B}".utf8), Array("漢字".utf8), Array("e\u{301}".utf8), [0x09], [0x0A], [0x0D, 0x0A], [0x22], [0x22, 0x22],
        [0x2C], [0x3B], [0x23], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], Array("unknown".utf8), Array("1e309".utf8),
        Array("-0".utf8), Array("99999999999999999999".utf8), Array("2025-02-30".utf8), Array("FY2019-2028".utf8),
        Array("{}[]".utf8), Array("\\u001b".utf8), Array("null".utf8),
    ]

    static func mutate(_ input: [UInt8], rounds: Int, _ rng: inout SeededGenerator) -> [UInt8] {
        var b = input
        for _ in 0..<rounds {
            let at = b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count))
            switch rng.next() % 7 {
            case 0 where !b.isEmpty: b[at] ^= UInt8(1 << (rng.next() % 8))
            case 1 where !b.isEmpty: b[at] = UInt8(truncatingIfNeeded: rng.next())
            case 2: b.insert(contentsOf: dictionary[Int(rng.next() % UInt64(dictionary.count))], at: at)
            case 3 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + 1 + Int(rng.next() % 64)))
            case 4 where !b.isEmpty:
                let end = min(b.count, at + 1 + Int(rng.next() % 256))
                b.insert(contentsOf: b[at..<end], at: Int(rng.next() % UInt64(b.count)))
            case 5: b = Array(b.prefix(at))
            default: b.insert(contentsOf: repeatElement(UInt8(truncatingIfNeeded: rng.next()), count: Int(rng.next() % 5000)), at: at)
            }
        }
        return b
    }
}

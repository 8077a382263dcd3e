import Foundation
import Testing
@testable import AllyModel

/// No input may make the loader trap: each of these must end in a DataError with a location.
@Suite struct HostileInputTests {
    func issues(_ table: DatasetTable, _ bytes: [UInt8]) throws -> [DataIssue] {
        let dir = try Fixture.directory(bytes: table, bytes)
        do {
            _ = try DatasetLoader.load(path: dir)
            return []
        } catch let error as DataError {
            return error.issues
        }
    }

    @Test(arguments: DatasetTable.allCases)
    func emptyFile(table: DatasetTable) throws {
        let found = try issues(table, [])
        #expect(!found.isEmpty)
        #expect(found.contains { $0.file == table.fileName(.tsv) && $0.message.contains("empty") })
    }

    @Test func truncatedFile() throws {
        let text = Array(Fixture.indicators.utf8)
        let found = try issues(.indicators, Array(text.prefix(text.count / 2)))
        #expect(found.contains { $0.file == "indicators.tsv" && $0.line > 1 })
    }

    @Test func binaryJunk() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let junk = (0..<Int.random(in: 1...4096, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for table in DatasetTable.allCases { #expect(!(try issues(table, junk)).isEmpty) }
        }
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array(Fixture.actors.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "J"))!
        bytes[at] = 0xFF
        let found = try issues(.actors, bytes)
        #expect(found.map(\.line) == [4])
        #expect(found.map(\.field) == ["capital"])
        #expect(found[0].message.contains("UTF-8"))
    }

    @Test func tenMegabyteLine() throws {
        let line = Array(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
        let found = try issues(.events, Array(Fixture.events.utf8) + [10] + line + [10])
        #expect(found.count == 1)
        #expect(found[0].line == 5)
        #expect(found[0].message.contains("expected at most"))
    }

    @Test func unterminatedQuoteInCSV() throws {
        let (_, found) = DelimitedTable.parse(Array("a,b\n\"x,y\n".utf8), file: "t.csv", format: .csv)
        #expect(found.map(\.line) == [2])
    }

    @Test func malformedJSON() throws {
        for text in ["", "{", "[]", "{\"actors\": 3}", "{\"actors\":[],\"indicators\":[],\"events\":[],\"claims\":[{\"id\":1}]}"] {
            #expect(throws: DataError.self) { try DatasetLoader.loadJSON(bytes: Array(text.utf8), file: "x.json") }
        }
    }
}

import Foundation
import Testing
@testable import AllyModel

@Suite struct ExportTests {
    @Test(arguments: DelimitedTable.Format.allCases)
    func delimitedRoundTrip(format: DelimitedTable.Format) throws {
        let original = try DatasetLoader.loadDefault()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-rt-\(UUID().uuidString)").path
        try DatasetWriter.write(original, to: dir, format: format)
        let again = try DatasetLoader.load(path: dir)
        #expect(again == original)
    }

    @Test func jsonRoundTripOfTheDefaultDataset() throws {
        let original = try DatasetLoader.loadDefault()
        let again = try DatasetLoader.loadJSON(bytes: [UInt8](try DatasetWriter.json(original)), file: "export.json")
        #expect(again == original)
    }

    @Test func csvQuotesCommasAndQuotes() {
        #expect(DatasetWriter.csvField("a, b") == "\"a, b\"")
        #expect(DatasetWriter.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(DatasetWriter.csvField("plain") == "plain")
    }
}

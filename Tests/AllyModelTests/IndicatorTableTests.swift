import Testing
@testable import AllyModel

@Suite struct IndicatorTableTests {
    @Test func packedRowsReadBackAsTheIndicatorsStored() throws {
        let source = Source(name: "SIPRI", url: "https://example.org/sipri", confidence: .high)
        let weak = Source(name: "SIPRI", url: "https://example.org/sipri", confidence: .low)
        let input = [
            Indicator(actor: "japan", key: "us_troops", value: .number(55000), unit: "personnel", period: Period("2024"), source: source),
            Indicator(actor: "japan", key: "us_security_tie", value: .text("Mutual Defense Treaty"), unit: "text", period: nil, source: weak),
            Indicator(actor: "israel", key: "milex_usd", value: .unknown, unit: "USD bn", period: Period("FY2019-2028"), source: source, note: "not in the extract"),
            Indicator(actor: "israel", key: "capital_distance_km", value: .number(0.5), unit: "km", period: nil, source: source),
        ]
        let table = IndicatorTable(input)
        #expect(Array(table) == input)
        #expect(table.count == 4)
        #expect(table.actor(at: 2) == "israel" && table.key(at: 1) == "us_security_tie")
        #expect(table == IndicatorTable(input))
        #expect(table != IndicatorTable(input.dropLast()))
    }

    @Test func theDefaultDatasetSurvivesPacking() throws {
        let dataset = try DatasetLoader.loadDefault()
        let rebuilt = IndicatorTable(Array(dataset.indicators))
        #expect(rebuilt == dataset.indicators)
        #expect(dataset.indicator("israel.arms_imports_us_share")?.value.number == 66)
        #expect(dataset.indicator("israel", "no_such_key") == nil)
        #expect(dataset.indicator("no-dot-here") == nil)
    }

    /// Thousands of distinct texts grow the table's string index several times; every row must
    /// still read back, including numbers whose bits look like indexes (negative, NaN, huge).
    @Test func manyDistinctTextsAndOddNumbersReadBack() {
        let source = Source(name: "synthetic", url: "", confidence: .low)
        let numbers: [Double] = [0, -1, 1e300, .infinity, -.infinity, 3.5, Double(bitPattern: 7)]
        let input = (0..<5_000).map { i in
            Indicator(actor: "actor-\(i % 1_700)", key: IndicatorKey("key_\(i % 13)"),
                      value: i % 3 == 0 ? .text("text value number \(i)") : (i % 7 == 0 ? .unknown : .number(numbers[i % numbers.count])),
                      unit: "unit \(i % 5)", period: i % 4 == 0 ? nil : Period("\(1900 + i % 300)"), source: source,
                      note: i % 2 == 0 ? "" : "a note long enough not to be inline \(i)")
        }
        let table = IndicatorTable(input)
        #expect(Array(table) == input)
        let nan = IndicatorTable([Indicator(actor: "a", key: "k", value: .number(.nan), unit: "u", period: nil, source: source)])
        #expect(nan[0].value.number?.isNaN == true)
    }

    @Test func actorPositionsAreResolvedOncePerDistinctID() {
        let source = Source(name: "s", url: "", confidence: .low)
        let input = ["japan", "japan", "nowhere", "israel", "japan"].map {
            Indicator(actor: $0, key: "us_troops", value: .number(1), unit: "personnel", period: Period("2024"), source: source)
        }
        let table = IndicatorTable(input)
        var asked: [String] = []
        let at = table.actorPositions { id in
            asked.append(id)
            return ["israel": 0, "japan": 1][id]
        }
        #expect(asked.sorted() == ["israel", "japan", "nowhere"])
        #expect(table.indices.map { at[table.actorRef(at: $0)] } == [1, 1, -1, 0, 1])
        let groups = table.groupedByActor(actorCount: 2) { ["israel": 0, "japan": 1][$0] }
        #expect(groups.positions(of: "japan") { ["israel": 0, "japan": 1][$0] } == [0, 1, 4])
        #expect(groups.positions(of: "nowhere") { ["israel": 0, "japan": 1][$0] } == [2])
    }
}

@Suite struct TableLinesTests {
    @Test func linesReadBackAcrossGapsAndRuns() {
        var lines = TableLines(file: "indicators.tsv")
        let written = [2, 3, 4, 7, 8, 20, 21, 22, 23, 5]
        for line in written { lines.append(line) }
        #expect(lines.count == written.count)
        #expect(written.indices.map { lines.place($0).line } == written)
        #expect(lines.place(-1).line == 0 && lines.place(written.count).line == 0)
        #expect(lines.place(3).file == "indicators.tsv")
        #expect(TableLines(file: "x").place(0).line == 0)
    }
}


import Testing
@testable import AllyModel

@Suite struct EventTableTests {
    static let source = Source(name: "Reuters", url: "https://example.org/story", confidence: .high, published: "2025-06-13")

    /// Every field set, with texts over 15 bytes and parties split by direction.
    static let strike = TimelineEvent(id: "israel-strikes-iran-2025", date: Period("2025-06-13")!, title: "Israel strikes Iran's nuclear sites",
                                      region: .middleEast, actor: ["israel", "us"], target: ["iran", "israel"], others: ["IAEA"],
                                      kind: .armed, summary: "A long summary shared by several events in the table.", source: source)
    /// Empty lists, a fiscal range and short texts.
    static let bare = TimelineEvent(id: "e", date: Period("FY2019-2028")!, title: "t", region: .world, actors: [],
                                    kind: .policy, summary: "", source: Source(name: "s", confidence: .low))
    /// Non-ASCII text everywhere text is free.
    static let foreign = TimelineEvent(id: "accord", date: Period("1951")!, title: "Traité de San Francisco 日本国との平和条約",
                                       region: .asia, actors: ["japan"], others: ["Nouvelle-Zélande", "🇦🇺"],
                                       kind: .treaty, summary: "A long summary shared by several events in the table.", source: source)

    @Test func packedRowsReadBackAsTheEventsStored() {
        let input = [Self.strike, Self.bare, Self.foreign]
        let table = EventTable(input)
        #expect(Array(table) == input)
        #expect(table.count == 3 && table.indices == 0..<3)
        for (i, e) in input.enumerated() {
            #expect(table[i] == e)
            #expect(table.id(at: i) == e.id && table.date(at: i) == e.date && table.parties(at: i) == e.actors)
        }
        #expect(table[0].actors == ["israel", "us", "iran"])
        #expect(table[1].actor.isEmpty && table[1].target.isEmpty && table[1].others.isEmpty)
        #expect(table[1].date.first == 2019 && table[1].date.last == 2028)
        #expect(table == EventTable(input))
        #expect(table != EventTable(input.reversed()))
    }

    @Test func anEmptyTableHasNoEvents() {
        var table = EventTable()
        table.sortByDate()
        #expect(table.isEmpty && table.startIndex == table.endIndex && Array(table) == [])
    }

    @Test func sortingByDateOrdersAsTheDateTextsDo() {
        func event(_ id: String, _ date: String) -> TimelineEvent {
            TimelineEvent(id: id, date: Period(date)!, title: id, region: .asia, actors: ["japan"], kind: .policy,
                          summary: "s", source: Self.source)
        }
        let input = [event("c", "2024"), event("a", "2001-05-01"), event("b", "2024"), event("d", "2001-05"), event("e", "1999")]
        var table = EventTable(input)
        table.sortByDate()
        #expect(Array(table) == input.sorted { $0.date.text < $1.date.text })
        #expect(table.map(\.id) == ["e", "d", "a", "c", "b"])
    }

    @Test func theDefaultDatasetSurvivesPacking() throws {
        let dataset = try DatasetLoader.loadDefault()
        let events = Array(dataset.events)
        #expect(EventTable(events) == dataset.events)
        #expect(events.map(\.date.text) == events.map(\.date.text).sorted())
        for e in events.prefix(20) { #expect(dataset.event(e.id) == e) }
    }
}

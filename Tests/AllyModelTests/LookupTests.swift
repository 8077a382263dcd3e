import Testing
@testable import AllyModel

@Suite struct LookupTests {
    let data: Dataset = try! Fixture.load()

    @Test(arguments: [
        ("jp", "japan"), ("JPN", "japan"), ("Japan", "japan"), ("nippon", "japan"), ("south k", "south-korea"),
        ("rok", "south-korea"), ("SOUTH-KOREA", "south-korea"), ("isr", "israel"), ("dprk", "north-korea"), ("north", "north-korea"),
    ])
    func findsByCodeNameAliasAndPrefix(query: String, id: String) {
        guard case .found(let actor) = data.lookup(query) else {
            Issue.record("\(query) did not resolve to \(id): \(data.lookup(query))")
            return
        }
        #expect(actor.id == id)
    }

    @Test func ambiguousPrefixListsCandidates() {
        guard case .ambiguous(let list) = data.lookup("south") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(Set(list.map(\.id)) == ["south-korea", "south-africa"])
    }

    @Test func unknownAndEmpty() {
        #expect(data.lookup("atlantis") == .notFound)
        #expect(data.lookup("  ") == .notFound)
    }

    @Test func liveSearchRanksPrefixesFirst() {
        #expect(data.search("jap").map(\.id) == ["japan"])
        #expect(data.search("korea").map(\.id) == ["south-korea", "north-korea"])
        #expect(data.search("a", kinds: [.adversary]).first?.id == "china" || data.search("a", kinds: [.adversary]).isEmpty == false)
    }
}

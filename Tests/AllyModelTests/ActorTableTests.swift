import Testing
@testable import AllyModel

@Suite struct ActorTableTests {
    static let source = Source(name: "country-capitals.csv", url: "https://example.org/capitals", confidence: .medium,
                               published: "2024-05", checked: "2025-01-02")

    /// Every field set, lists of several items, and texts over 15 bytes (stored out of line by `String`).
    static let full = Actor(id: "south-korea-long-id", name: "Republic of Korea", kind: .ally, region: .asia, iso2: "KR", iso3: "KOR",
                            capital: "Seoul Special City", location: GeoPoint(lat: 37.5665, lon: 126.978),
                            adversaries: ["north-korea", "china", "a-very-long-adversary-id"], aliases: ["ROK", "South Korea"],
                            host: "somewhere far", source: source)
    /// Empty strings and empty lists.
    static let bare = Actor(id: "x", name: "X", kind: .nonstate, region: .world, capital: "",
                            location: GeoPoint(lat: -90, lon: 180), source: Source(name: "s", confidence: .low))
    /// Non-ASCII text: accents, CJK, an emoji, a combining mark.
    static let foreign = Actor(id: "cote", name: "Côte d’Ivoire 象牙海岸", kind: .adversary, region: .middleEast, iso2: "CI", iso3: "CIV",
                               capital: "Yamoussoukro 🌍", location: GeoPoint(lat: 6.8, lon: -5.3),
                               adversaries: ["é", ""], aliases: ["Cote d\u{301}Ivoire", "コートジボワール"], host: "Ñ", source: source)

    @Test func packedRowsReadBackAsTheActorsStored() {
        let input = [Self.full, Self.bare, Self.foreign, Self.full]
        let table = ActorTable(input)
        #expect(Array(table) == input)
        #expect(table.count == 4 && table.indices == 0..<4)
        for (i, a) in input.enumerated() {
            #expect(table[i] == a)
            #expect(table.id(at: i) == a.id && table.name(at: i) == a.name)
            #expect(table.kind(at: i) == a.kind && table.region(at: i) == a.region && table.location(at: i) == a.location)
        }
        #expect(table[1].adversaries.isEmpty && table[1].aliases.isEmpty && table[1].capital.isEmpty)
        #expect(table[2].adversaries == ["é", ""])
        #expect(table == ActorTable(input))
        #expect(table != ActorTable(input.dropLast()))
        #expect(table.last == Self.full && table.first == Self.full)
    }

    @Test func anEmptyTableHasNoActors() {
        let table = ActorTable()
        #expect(table.isEmpty && table.startIndex == table.endIndex && Array(table) == [])
        #expect(table == ActorTable([]))
    }

    @Test func theDefaultDatasetSurvivesPacking() throws {
        let dataset = try DatasetLoader.loadDefault()
        let actors = Array(dataset.actors)
        #expect(ActorTable(actors) == dataset.actors)
        #expect(actors.map(\.id) == dataset.actors.indices.map { dataset.actors.id(at: $0) })
        #expect(dataset.actor("israel")?.adversaries.first == "iran")
    }
}

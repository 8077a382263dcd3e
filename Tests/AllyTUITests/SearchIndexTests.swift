@testable import AllyModel
import AllySynthetic
import Testing
@testable import AllyTUI

/// The explorer's search index must answer exactly as `Dataset.search` does.
@Suite struct SearchIndexTests {
    static let synthetic: Dataset = try! SyntheticDataset.generate(actors: 2000)
    static let allKinds = Set(ActorKind.allCases)

    static func expectSameAsDataset(_ dataset: Dataset, queries: [String]) {
        let index = SearchIndex()
        for query in queries {
            for kinds in [allKinds, [.ally]] {
                let expected = dataset.search(query, kinds: kinds).map(\.id)
                #expect(Array(index.search(query, kinds: kinds, in: dataset)) == expected, "\"\(query)\" \(kinds.count) kinds")
            }
        }
    }

    /// Queries that reach every rank: whole names, prefixes, word starts, inner pieces, codes,
    /// accents, separators and text that matches nothing.
    static func queries(for dataset: Dataset, sample: Int) -> [String] {
        var out: Set<String> = ["a", "e", "k", "j", "ja", "south k", "uth k", "KOREA", "  ", "-", "u.s.", "türkiye", "Türk",
                                "é", "ü", "ß", "İ", "日本", "xyzzy", "land 1", "synth-0001", "sl1", "0", " island "]
        let stride = max(1, dataset.actors.count / sample)
        for actor in Swift.stride(from: 0, to: dataset.actors.count, by: stride).map({ dataset.actors[$0] }) {
            for name in [actor.name, actor.id, actor.iso2, actor.iso3] + actor.aliases where !name.isEmpty {
                out.insert(name)
                out.insert(String(name.prefix(3)))
                out.insert(String(name.dropFirst(2).prefix(4)))
                if let word = name.split(separator: " ").last { out.insert(String(word.prefix(2))) }
            }
        }
        return out.sorted()
    }

    @Test func builtInDataMatchesDatasetSearch() {
        Self.expectSameAsDataset(defaultDataset, queries: Self.queries(for: defaultDataset, sample: 200))
    }

    @Test func syntheticDataMatchesDatasetSearch() {
        Self.expectSameAsDataset(Self.synthetic, queries: Self.queries(for: Self.synthetic, sample: 8))
    }

    @Test func namesOutsideASCIIAreFoundToo() {
        var actors = Array(defaultDataset.actors.prefix(3))
        actors.append(Actor(id: "cote", name: "Côte d'Ivoire", kind: .ally, region: .europe, capital: "Yamoussoukro",
                            location: GeoPoint(lat: 6.8, lon: -5.3), aliases: ["Elfenbeinküste", "日本 Test"], source: actors[0].source))
        let dataset = Dataset(actors: actors, indicators: [], events: [], claims: [])
        Self.expectSameAsDataset(dataset, queries: ["cote", "côte", "Cote d", "kuste", "küste", "日本", "test", "d'i", "ivoire"])
    }

    @Test func foldingIsTheDatasetsFolding() {
        #expect(SearchFolding.asciiFoldingIsCaseOnly)
        let names = defaultDataset.actors.flatMap { [$0.name, $0.id, $0.iso2, $0.iso3] + $0.aliases }
            + ["  Mixed--Case__and..Dots  ", "Ünïcödé", "A-B", "-", "!\"#$%&'()*+,/:;<=>?@[\\]^`{|}~"]
        for name in names {
            #expect(SearchFolding.fold(name) == Dataset.fold(name), "\(name)")
            if let bytes = SearchFolding.foldASCII(name) { #expect(bytes == Array(Dataset.fold(name).utf8), "\(name)") }
        }
    }

    @Test func theIndexIsBuiltOnceAndSharedByCopies() {
        var s = AppState.fixture()
        let copy = s
        s.press(.char("/"))
        s.type("kor")
        guard case .search(let search) = s.mode else { Issue.record("not searching"); return }
        #expect(copy.derived.searchIndex === s.derived.searchIndex)
        #expect(Array(search.matches) == defaultDataset.search("kor").map(\.id))
    }

    @Test func idleWorkBuildsTheIndexAhead() {
        let s = AppState.fixture()
        #expect(!s.derived.searchIndex.isBuilt)
        s.derived.prepareWhileIdle()
        #expect(s.derived.searchIndex.isBuilt)
    }
}

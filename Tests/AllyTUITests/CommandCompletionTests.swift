import AllyModel
import Testing
@testable import AllyTUI

/// Tab on the command line: command names, then each argument's names; repeated Tabs cycle.
@Suite struct CommandCompletionTests {
    static let session = ExplorerSession.fixture(region: .asia, scenarios: ScenarioPresets.all)

    static func completion(_ line: String, _ s: ExplorerSession = session) -> CommandCompletion? {
        CommandCompletion.of(line, CommandVocabulary(state: s.state, derived: s.derived))
    }

    @Test(arguments: [
        ("go", "", ["goto "]),
        ("", "", CommandTable.commands.map { $0.name + ($0.arguments.isEmpty ? "" : " ") }),
        ("s", "", ["sort ", "scenario "]),
        ("region e", "region ", ["europe"]),
        ("goto jap", "goto ", ["Japan"]),
        ("goto south k", "goto ", ["South Korea"]),
        ("compare japan sou", "compare japan ", ["south-korea"]),
        ("scenario us-r", "scenario ", ["us-retrenchment"]),
        ("weight reliance.a", "weight ", ["reliance.arms=", "reliance.aid="]),
        ("tour 1", "tour ", ["1", "10", "11", "12", "13", "14", "15"]),
        ("sort r", "sort ", ["region", "reliance", "risk"]),
        ("sort risk d", "sort risk ", ["desc"]),
        ("help ex", "help ", ["export"]),
    ])
    func offers(line: String, head: String, candidates: [String]) throws {
        let found = try #require(Self.completion(line), "no completion for \(line)")
        #expect(found.head == head)
        #expect(found.candidates == candidates)
    }

    @Test func namesStartingWithTheWordComeFirst() throws {
        let found = try #require(Self.completion("goto s"))
        #expect(found.candidates.prefix(3).allSatisfy { $0.lowercased().hasPrefix("s") }, "\(found.candidates)")
    }

    @Test func anEmptyNameOffersTheRegionsAllies() throws {
        let found = try #require(Self.completion("goto "))
        let asia = defaultDataset.actors.filter { $0.kind == .ally && $0.region == .asia }.map(\.name)
        #expect(found.candidates == asia)
    }

    @Test(arguments: ["export br", "filter as", "quit ", "frobnicate x", "weight reliance.arms=3", "compare a b c d"])
    func nothingToOffer(line: String) {
        #expect(Self.completion(line) == nil)
    }

    @Test func marksOfferTheLettersSet() throws {
        var s = Self.session
        s.state.marks = ["b": Bookmark(region: .asia, selectedID: "japan", scenario: "baseline"),
                         "a": Bookmark(region: .europe, selectedID: nil, scenario: "baseline")]
        #expect(Self.completion("mark ", s)?.candidates == ["a", "b"])
    }
}

import AllyModel
import Testing
@testable import AllyTUI

/// Reading command lines: every name resolved against the data, every error worded for the
/// command row, nothing changed by reading.
@Suite struct CommandParserTests {
    static let session = ExplorerSession.fixture(region: .asia, scenarios: ScenarioPresets.all)

    static func parse(_ line: String, _ s: ExplorerSession = session) throws(CommandError) -> Command {
        try CommandParser(s.state, s.derived).parse(line)
    }

    static func error(_ line: String, _ s: ExplorerSession = session) -> String? {
        do {
            _ = try parse(line, s)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: - Commands that read

    @Test(arguments: [
        ("region europe", Command.region(.europe)),
        ("region Middle East", .region(.middleEast)),
        ("REGION world", .region(.world)),
        ("reg asia", .region(.asia)),
        ("goto japan", .goto("japan")),
        ("goto Japan", .goto("japan")),
        ("goto jp", .goto("japan")),
        ("goto south korea", .goto("south-korea")),
        ("goto south-korea", .goto("south-korea")),
        ("goto \"South Korea\"", .goto("south-korea")),
        ("goto china", .goto("china")),
        ("compare japan south-korea", .compare(first: "japan", other: "south-korea")),
        ("compare Japan South Korea", .compare(first: "japan", other: "south-korea")),
        ("compare south korea", .compare(first: nil, other: "south-korea")),
        ("sort risk", .sort(.risk, descending: nil)),
        ("sort name asc", .sort(.ally, descending: false)),
        ("sort change desc", .sort(.change, descending: true)),
        ("filter asia", .filterRegion(.asia)),
        ("filter Middle East", .filterRegion(.middleEast)),
        ("filter me", .filter("me")),
        ("filter kor", .filter("kor")),
        ("filter", .filter("")),
        ("scenario us-retrenchment", .scenario(2)),
        ("scenario US Retrenchment", .scenario(2)),
        ("scenario baseline", .scenario(0)),
        ("tour", .tour(paragraph: nil)),
        ("tour 6", .tour(paragraph: 6)),
        ("tour ¶6", .tour(paragraph: 6)),
        ("mark a", .mark("a")),
        ("mark", .mark(nil)),
        ("export brief.md", .export(path: "brief.md")),
        ("export my brief.HTML", .export(path: "my brief.HTML")),
        ("help", .help(command: nil)),
        ("help goto", .help(command: "goto")),
        ("q", .quit),
        ("quit", .quit),
        ("  goto   japan  ", .goto("japan")),
    ])
    func reads(line: String, expected: Command) throws {
        #expect(try Self.parse(line) == expected)
    }

    @Test func weightAppliesToTheSessionWeights() throws {
        guard case .weight(let weights, let setting) = try Self.parse("weight reliance.arms = 30") else {
            Issue.record("not a weight command")
            return
        }
        #expect(setting == "reliance.arms=30")
        #expect(weights.weight(.reliance, "arms") == 30)
        #expect(weights.weight(.reliance, "aid") == ScoreWeights.default.weight(.reliance, "aid"))
    }

    @Test func compareWithOneNameNeedsAnAllySelected() {
        var s = Self.session
        s.select("china")
        #expect(Self.error("compare japan", s)?.contains("no ally is selected") == true)
        #expect(Self.error("compare japan japan")?.contains("two different allies") == true)
    }

    // MARK: - Errors

    @Test(arguments: [
        ("goto jpan", "unknown ally 'jpan' — did you mean Japan?"),
        ("goto japn", "unknown ally 'japn' — did you mean Japan?"),
        ("goto chnia", "unknown name 'chnia' — did you mean China?"),
        ("goto zzzzzz", "unknown ally 'zzzzzz'"),
        ("compare jpan", "unknown ally 'jpan' — did you mean Japan?"),
        ("region eurpe", "unknown region 'eurpe' — did you mean europe?"),
        ("scenario us-retrenchmnt", "unknown scenario 'us-retrenchmnt' — did you mean us-retrenchment?"),
        ("weight reliance.arm=30", "unknown weight 'reliance.arm' — did you mean reliance.arms?"),
        ("gotp japan", "unknown command 'gotp' — did you mean goto?"),
        ("frobnicate", "unknown command 'frobnicate': Tab lists them"),
        ("goto", "missing argument: goto NAME"),
        ("mark ab", "a mark is one letter a–z, e.g. mark a"),
        ("mark 1", "a mark is one letter a–z, e.g. mark a"),
        ("tour 99", "the tour has no ¶99: its paragraphs are ¶0–¶15"),
        ("export brief.txt", "cannot tell the format of 'brief.txt': end the name in .md or .html"),
        ("sort rsik", "unknown column 'rsik' — did you mean risk?"),
        ("sort risk sideways", "sort order 'sideways': expected asc or desc"),
        ("quit now", "too many arguments: quit"),
        ("", "type a command: Tab lists them"),
    ])
    func explains(line: String, message: String) {
        #expect(Self.error(line) == message)
    }

    @Test func aNameThatFitsSeveralListsThem() throws {
        let message = try #require(Self.error("goto united"))
        #expect(message.hasPrefix("'united' fits 3 names ("), "\(message)")
        #expect(message.contains("United Kingdom") && message.contains("United States"))
        #expect(Self.error("s")?.contains("fits 2 commands (sort, scenario)") == true)
    }

    @Test func weightValuesOutOfRangeSayWhy() throws {
        let message = try #require(Self.error("weight reliance.arms=-5"))
        #expect(message.contains("not a plain number"), "\(message)")
        #expect(Self.error("weight reliance.arms")?.contains("INDEX.PART=NUMBER") == true)
    }

    /// A long typo is echoed cut short, so the advice after it still fits the row.
    @Test func longInputIsEchoedShort() throws {
        let message = try #require(Self.error("goto " + String(repeating: "x", count: 200)))
        #expect(message.count < 40, "\(message)")
    }

    /// Hostile text is read as text: no crash, a plain error.
    @Test(arguments: ["goto \u{202E}evil", "goto 日本", "goto \"unterminated", "compare \"\" \"\"", "region ", "export .md", "weight =", "tour -1", "tour ¶"])
    func oddInputNeverCrashes(line: String) {
        _ = try? Self.parse(line)
    }
}

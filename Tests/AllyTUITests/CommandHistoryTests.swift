import Testing
@testable import AllyTUI

/// The history ↑ and ↓ walk: bounded, no repeats, one clean line per entry.
@Suite struct CommandHistoryTests {
    @Test func aLineRunAgainMovesToTheEnd() {
        let h = CommandHistory(["goto japan", "region europe"]).recording("goto japan")
        #expect(h.entries == ["region europe", "goto japan"])
    }

    @Test func itKeepsTheNewestFiveHundred() {
        let h = CommandHistory((0..<700).map { "goto \($0)" })
        #expect(h.entries.count == CommandHistory.limit)
        #expect(h.entries.first == "goto 200" && h.entries.last == "goto 699")
        #expect(h.recording("q").entries.count == CommandHistory.limit)
    }

    @Test func entriesAreOneTrimmedLine() {
        let h = CommandHistory(["  goto japan  ", "", "   ", "goto\tsouth\nkorea", String(repeating: "x", count: 2_000)])
        #expect(h.entries[0] == "goto japan")
        #expect(h.entries[1] == "goto south korea")
        #expect(h.entries[2].count == CommandHistory.maxLength)
        #expect(h.entries.count == 3)
    }

    @Test func walkingMatchesThePrefix() {
        let h = CommandHistory(["goto japan", "region europe", "goto israel"])
        #expect(h.older(than: nil, prefix: "", current: "") == 2)
        #expect(h.older(than: 2, prefix: "", current: "goto israel") == 1)
        #expect(h.older(than: nil, prefix: "goto", current: "goto") == 2)
        #expect(h.older(than: 2, prefix: "goto", current: "goto israel") == 0)
        #expect(h.older(than: 0, prefix: "goto", current: "goto japan") == nil)
        #expect(h.newer(than: 0, prefix: "goto", current: "goto japan") == 2)
        #expect(h.newer(than: 2, prefix: "goto", current: "goto israel") == nil)
    }
}

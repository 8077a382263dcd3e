import Testing
@testable import AllyTUI

/// The edit distance behind "did you mean": a swap of neighbours is one slip, as a typo is.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("japan", "japan", 0),
        ("jpan", "japan", 1), ("japn", "japan", 1), ("jaapn", "japan", 1), ("kitten", "sitting", 3),
        ("chnia", "china", 1), ("日本", "日本国", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func theNearestIsWithinTheTolerance() {
        let names: [(keys: [String], display: String)] = [(["japan", "jp"], "Japan"), (["jordan"], "Jordan"), (["china"], "China")]
        #expect(EditDistance.nearest(to: "jpan", among: names) == "Japan")
        #expect(EditDistance.nearest(to: "jordn", among: names) == "Jordan")
        #expect(EditDistance.nearest(to: "xyz", among: names) == nil)
        #expect(EditDistance.nearest(to: "", among: names) == nil)
        // A short word allows one slip only: "ab" is no typo of "jp".
        #expect(EditDistance.nearest(to: "ab", among: names) == nil)
    }
}

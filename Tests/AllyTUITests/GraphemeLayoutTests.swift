import Testing
@testable import AllyTUI

/// Issue 19 item 8: text is laid out by grapheme cluster with the width the terminal gives it,
/// so a flag, a ZWJ family, a skin tone, CJK or a letter with marks is never cut in two.
@Suite struct GraphemeLayoutTests {
    static let flag = "🇮🇱"
    static let family = "👨\u{200D}👩\u{200D}👧"
    static let thumbs = "👍\u{1F3FD}"
    static let accented = "e\u{301}\u{308}"

    /// The width ncurses places each by (glibc's wcwidth of the first scalar; a flag is two).
    @Test(arguments: [(flag, 2), (family, 2), (thumbs, 2), ("日", 2), ("한", 2), ("Ｃ", 2), (accented, 1),
                      ("🚀", 2), ("\u{1FAE0}", 2), ("☀\u{FE0F}", 1), ("🇮", 1), ("a", 1), ("\u{301}", 0), ("\u{200B}", 0)])
    func clusterWidth(text: String, width: Int) {
        #expect(text.count == 1, "one grapheme cluster")
        #expect(DisplayWidth.of(Character(text)) == width)
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func everyClusterStaysWholeInItsCell() {
        var buffer = Buffer(width: 20, height: 1)
        let text = Self.flag + Self.family + Self.thumbs + "日" + Self.accented + "x"
        let end = buffer.write(text, x: 0, y: 0)
        #expect(end == 10)
        let cells = (0..<10).map { buffer[$0, 0] }
        #expect(cells.map(\.character) == [Character(Self.flag), "\u{0}", Character(Self.family), "\u{0}",
                                           Character(Self.thumbs), "\u{0}", "日", "\u{0}", Character(Self.accented), "x"])
        #expect(buffer.plainText.hasPrefix(text))
    }

    @Test func aWideClusterThatDoesNotFitIsLeftOutWhole() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("a" + Self.flag + Self.family, x: 0, y: 0)
        #expect(buffer.plainText == "a" + Self.flag)
        var narrow = Buffer(width: 2, height: 1)
        narrow.write("a" + Self.family, x: 0, y: 0)
        #expect(narrow.plainText == "a ", "no half of the family in the last column")
    }

    @Test(arguments: [2, 3, 4, 5, 6, 7, 8])
    func truncationCutsBetweenClusters(width: Int) {
        let text = Self.flag + Self.family + "日本" + Self.thumbs + Self.accented
        let cut = DisplayWidth.truncate(text, to: width)
        #expect(DisplayWidth.of(cut) <= width)
        #expect(text.hasPrefix(cut.dropLast()), "\(cut.debugDescription)")
        for c in cut.dropLast() { #expect(text.contains(c), "a cluster was cut: \(String(c).unicodeScalars.map { $0.value })") }
        let padded = DisplayWidth.pad(text, to: width)
        #expect(DisplayWidth.of(padded) == width)
        #expect(DisplayWidth.prefix(text, width: width).allSatisfy { text.contains($0) })
    }

    @Test func prefixNeverSplitsAFlagOrAFamily() {
        #expect(DisplayWidth.prefix(Self.flag + Self.flag, width: 3) == Self.flag[...])
        #expect(DisplayWidth.prefix(Self.family, width: 1).isEmpty)
        #expect(DisplayWidth.prefix(Self.accented + "b", width: 1) == Self.accented[...])
    }

    /// A word longer than the line is cut by columns, whole clusters only (it used to cut by
    /// Character count, so CJK overflowed the pane and was clipped away).
    @Test(arguments: [5, 6, 7, 9])
    func wrappingCutsLongWordsByColumns(width: Int) {
        let word = String(repeating: "日", count: 5) + String(repeating: Self.flag, count: 3) + Self.family + Self.accented
        let lines = StyledLine(word).wrapped(to: width)
        let joined = lines.map { $0.spans.map(\.text).joined() }.joined()
        #expect(joined == word)
        for line in lines {
            let w = line.spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
            #expect(w <= width, "line wider than \(width): \(line.spans.map(\.text))")
        }
    }

    @Test func mapLabelsAreTruncatedBetweenClusters() {
        #expect(MarkerPlacer.truncate("日本" + Self.flag, to: 5) == "日本…")
        #expect(MarkerPlacer.truncate(Self.family + Self.family, to: 3) == Self.family + "…")
    }
}

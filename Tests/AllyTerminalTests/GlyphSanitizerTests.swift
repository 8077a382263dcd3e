import Testing
@testable import AllyTerminal

@Suite struct GlyphSanitizerTests {
    func text(_ c: Character, unicode: Bool = true) -> String {
        String(String.UnicodeScalarView(GlyphSanitizer.scalars(of: c, unicode: unicode)))
    }

    @Test(arguments: ["\u{1B}", "\u{07}", "\u{00}", "\u{7F}", "\u{9B}", "\u{85}", "\r\n", "\t"] as [Character])
    func controlsBecomeQuestionMarks(c: Character) {
        #expect(text(c) == "?")
    }

    @Test func controlInsideAGraphemeIsCaught() {
        // CR LF is one Character; any control scalar in it replaces the whole cell.
        #expect(text("\r\n") == "?")
        #expect(GlyphSanitizer.scalars(of: "\r\n", unicode: true) == ["?"])
    }

    @Test func printableTextPassesThrough() {
        #expect(text("a") == "a")
        #expect(text("日") == "日")
        #expect(text("⣿") == "⣿")
        #expect(text("e\u{301}") == "e\u{301}") // combining acute kept with its base
    }

    @Test func loneZeroWidthAndBidiControlsAreReplaced() {
        #expect(text("\u{202E}") == "?") // RIGHT-TO-LEFT OVERRIDE
        #expect(text("\u{200B}") == "?") // ZERO WIDTH SPACE
        #expect(text("\u{301}") == "?")  // a mark with no base
    }

    @Test func markCountIsCapped() {
        let heavy: Character = "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
        #expect(GlyphSanitizer.scalars(of: heavy, unicode: true).count == GlyphSanitizer.maxScalars)
    }

    @Test func asciiOnlyWithoutUnicode() {
        #expect(text("a", unicode: false) == "a")
        #expect(text("é", unicode: false) == "?")
        #expect(text("⣿", unicode: false) == "?")
    }
}

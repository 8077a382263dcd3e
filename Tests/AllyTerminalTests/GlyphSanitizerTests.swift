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

    // MARK: - Grapheme clusters (issue 19 item 8: 🇮🇱 was drawn as 🇮, a family as 👨)

    func cells(_ c: Character, unicode: Bool = true) -> [String] {
        GlyphSanitizer.cells(of: c, unicode: unicode).map { String(String.UnicodeScalarView($0)) }
    }

    @Test func aFlagIsTwoCellsOneIndicatorEach() {
        #expect(text("🇮🇱") == "🇮🇱")
        #expect(cells("🇮🇱") == ["🇮", "🇱"])
        #expect(cells("🇮🇱", unicode: false) == ["?", " "])
    }

    @Test func zwjSequencesStayWhole() {
        let family: Character = "👨\u{200D}👩\u{200D}👧"
        #expect(text(family) == String(family))
        #expect(cells(family) == [String(family)])
        #expect(text("🏳\u{FE0F}\u{200D}🌈") == "🏳\u{FE0F}\u{200D}🌈")
        #expect(text("🧑\u{200D}🚀") == "🧑\u{200D}🚀")
        #expect(text("👩\u{1F3FD}\u{200D}🚀") == "👩\u{1F3FD}\u{200D}🚀") // tone and job, four scalars
    }

    @Test func aClusterTooLongForACellLosesWholeComponents() {
        // ncurses holds five scalars a cell: a family of four (seven) becomes a family of three.
        #expect(text("👨\u{200D}👩\u{200D}👧\u{200D}👦") == "👨\u{200D}👩\u{200D}👧")
        // A subdivision flag (black flag + five tags + cancel tag) falls back to its black flag.
        #expect(text("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}") == "🏴")
    }

    @Test func skinTonesStayOnWideEmoji() {
        #expect(text("👍\u{1F3FD}") == "👍\u{1F3FD}")
        #expect(text("👋\u{1F3FF}") == "👋\u{1F3FF}")
        // After a text-style base terminals disagree on the width: the tone is dropped.
        #expect(text("☝\u{1F3FD}") == "☝")
    }

    @Test func cjkAndCombiningMarks() {
        #expect(cells("日") == ["日"])
        #expect(cells("한") == ["한"])
        #expect(text("e\u{301}\u{308}") == "e\u{301}\u{308}")
        #expect(text("ก\u{E34}\u{E49}") == "ก\u{E34}\u{E49}")
        #expect(text("1\u{FE0F}\u{20E3}") == "1\u{FE0F}\u{20E3}") // keycap
        #expect(cells("日", unicode: false) == ["?", " "], "a replaced wide glyph still covers both columns")
    }

    @Test func strayJoinersAndFormatCharactersAreDropped() {
        #expect(text("x\u{200D}") == "x")
        #expect(text("a\u{200C}") == "a")
    }

    /// What the terminal does not join is left out, so the glyph keeps the layout's columns.
    @Test func unjoinedSequencesKeepTheirFirstMemberAndNoTone() {
        let basic = GlyphSanitizer.scalars(of: "👩\u{1F3FD}\u{200D}🚀", unicode: true, emoji: .basic)
        #expect(String(String.UnicodeScalarView(basic)) == "👩")
        let tmux = EmojiSupport(sequences: true, modifiers: false)
        #expect(String(String.UnicodeScalarView(GlyphSanitizer.scalars(of: "👍\u{1F3FD}", unicode: true, emoji: tmux))) == "👍")
        #expect(String(String.UnicodeScalarView(GlyphSanitizer.scalars(of: "👨\u{200D}👩\u{200D}👧", unicode: true, emoji: tmux)))
                == "👨\u{200D}👩\u{200D}👧")
        #expect(GlyphSanitizer.cells(of: "🇮🇱", unicode: true, emoji: .basic).count == 2, "flags need no joining support")
    }

    @Test(arguments: [
        (["TERM": "xterm-256color"], EmojiSupport.basic),
        (["TERM": "xterm-kitty"], .joined),
        (["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"], .joined),
        (["TERM": "xterm-256color", "WT_SESSION": "x"], .joined),
        (["TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.3a"], EmojiSupport(sequences: true, modifiers: false)),
        (["TERM": "screen", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.2"], .basic),
        (["TERM": "tmux-256color"], .basic),
        (["TERM": "xterm-kitty", "ALLYMAP_EMOJI": "basic"], .basic),
        (["TERM": "xterm", "ALLYMAP_EMOJI": "joined"], .joined),
    ])
    func emojiSupportIsGuessedFromTheEnvironment(environment: [String: String], expected: EmojiSupport) {
        #expect(EmojiSupport.detect(environment) == expected)
    }

    @Test func asciiOnlyWithoutUnicode() {
        #expect(text("a", unicode: false) == "a")
        #expect(text("é", unicode: false) == "?")
        #expect(text("⣿", unicode: false) == "?")
    }

    /// The draw loop's shortcut must answer exactly what the full path would, or nothing.
    @Test(arguments: ["a", " ", "~", "é", "⣿", "│", "█", "·", "日", "🚀", "🇮🇱", "e\u{301}", "\u{1B}", "\u{7F}",
                      "\u{9B}", "\u{200B}", "\u{202E}", "\u{301}", "\u{1F1EE}", "☕", "\r\n"] as [Character])
    func plainScalarAgreesWithCells(c: Character) {
        for unicode in [true, false] {
            if let scalar = GlyphSanitizer.plainScalar(of: c, unicode: unicode) {
                #expect(GlyphSanitizer.cells(of: c, unicode: unicode) == [[scalar]], "\(c) unicode \(unicode)")
            }
        }
        #expect(GlyphSanitizer.plainScalar(of: "a", unicode: false) == "a")
        #expect(GlyphSanitizer.plainScalar(of: "⣿", unicode: true) == "⣿")
        #expect(GlyphSanitizer.plainScalar(of: "⣿", unicode: false) == nil)
        #expect(GlyphSanitizer.plainScalar(of: "\u{1B}", unicode: true) == nil)
        #expect(GlyphSanitizer.plainScalar(of: "日", unicode: true) == nil)
    }
}

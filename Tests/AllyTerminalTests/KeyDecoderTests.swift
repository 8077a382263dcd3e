import AllyTUI
import Testing
@testable import AllyTerminal

// Key codes are ncurses' ABI values (curses.h, octal), written out so the test also pins them.
@Suite struct KeyDecoderTests {
    // MARK: - Characters (wget_wch status OK)

    @Test(arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .ctrl("a")), (3, .ctrl("c")), (26, .ctrl("z")), (12, .ctrl("l")), (23, .ctrl("w")),
    ])
    func controlCharacters(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(character: code) == key)
    }

    @Test(arguments: ["a", "Z", "/", "?", "+", " ", "é", "日", "ā", "⣿"] as [Character])
    func printableCharacters(character: Character) {
        let code = character.unicodeScalars.first!.value
        #expect(KeyDecoder.decode(character: code) == .char(character))
    }

    @Test(arguments: [UInt32(0), 28, 29, 30, 31, 0x80, 0x9B, 0x9F, 0xD800, 0x110000])
    func unmodelledCharactersAreDropped(code: UInt32) {
        #expect(KeyDecoder.decode(character: code) == nil)
    }

    // MARK: - Function keys (wget_wch status KEY_CODE_YES)

    @Test(arguments: [
        (Int32(0o403), Key.up), (0o402, .down), (0o404, .left), (0o405, .right),
        (0o406, .home), (0o550, .end), (0o552, .home), (0o601, .end),
        (0o523, .pageUp), (0o522, .pageDown), (0o512, .delete), (0o407, .backspace),
        (0o527, .enter), (0o541, .backTab),
        (0o411, .function(1)), (0o415, .function(5)), (0o424, .function(12)),
    ])
    func functionKeys(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(keyCode: code) == key)
    }

    @Test func keyCodesDoNotCollideWithCharacters() {
        // 0o401 is KEY_BREAK as a key code but 'ā' (U+0101) as a character.
        #expect(KeyDecoder.decode(keyCode: 0o401) == nil)
        #expect(KeyDecoder.decode(character: 0o401) == .char("ā"))
    }

    @Test func resizeAndMouseAreNotKeys() {
        #expect(KeyDecoder.decode(keyCode: 0o632) == nil) // KEY_RESIZE
        #expect(KeyDecoder.decode(keyCode: 0o631) == nil) // KEY_MOUSE
    }
}

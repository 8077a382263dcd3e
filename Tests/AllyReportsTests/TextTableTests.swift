import AllyModel
import Testing
@testable import AllyReports

/// Column sizing by display width, clipping, styling and hostile cells.
@Suite struct TextTableTests {
    static let names = ["日本国", "🇮🇱 Flagland", "Zürich", "👨‍👩‍👧 family", "plain", "한국"]

    @Test func wideNamesLineUp() throws {
        var table = TextTable(["name", "n", "note"], alignments: [.left, .right, .left])
        for (i, name) in Self.names.enumerated() { table.add([name, String(i * 1000), "x"]) }
        let text = table.render()
        let rendered = try #require(RenderedTable(text))
        #expect(rendered.rows.map { $0[0] } == Self.names)
        #expect(rendered.rows.map { $0[1] } == Self.names.indices.map { String($0 * 1000) })
        // Every row ends at the same display column: its last cell is one letter wide.
        let widths = Set(text.split(separator: "\n").dropFirst(2).map { DisplayWidth.of(String($0)) })
        #expect(widths.count == 1, "\(text)")
        // The name column is as wide as its widest name (the emoji family and the CJK names are 2 columns a glyph).
        #expect(rendered.spans[0].width == Self.names.map { DisplayWidth.of($0) }.max())
    }

    @Test func rightAlignedCellsEndTogether() {
        var table = TextTable(["city", "pop"], alignments: [.left, .right])
        table.add(["東京", "14"])
        table.add(["Oslo", "0.7"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines[2] == "東京   14")
        #expect(lines[3] == "Oslo  0.7")
    }

    @Test func wideCellsAreClippedWithAnEllipsis() {
        var table = TextTable(["name"])
        table.add([String(repeating: "日", count: 30)])
        let row = table.render(maxCellWidth: 11).split(separator: "\n")[2]
        #expect(row == "日日日日日…")
        #expect(DisplayWidth.of(String(row)) <= 11)
    }

    @Test func escapeBytesInCellsAreMadePrintable() {
        var table = TextTable(["name"])
        table.add(["evil\u{1B}[2Jname"])
        #expect(!table.render().contains("\u{1B}"))
    }

    @Test func aMarkedRowDoesNotWidenItsColumns() {
        var table = TextTable(["component", "input"])
        table.add(["arms", "66%"])
        table.add(["", "rule: a long rule that sets the width"], mark: .dim)
        let plain = table.render(style: .plain)
        let styled = table.render(style: .ansi)
        #expect(styled.contains("\u{1B}[2mrule: a long rule that sets the width\u{1B}[0m"))
        #expect(Self.stripEscapes(styled) == plain)
    }

    @Test func plainStyleWritesNoEscapes() {
        var table = TextTable(["a"])
        table.add(["b"], mark: .red)
        #expect(!table.render(style: .plain).contains("\u{1B}"))
        #expect(table.render(style: .ansi).hasPrefix("\u{1B}[1m"))
    }

    /// The text with SGR sequences (`ESC [ … m`) removed.
    static func stripEscapes(_ text: String) -> String {
        var out = "", inEscape = false
        for c in text {
            if c == "\u{1B}" { inEscape = true; continue }
            if inEscape { if c == "m" { inEscape = false }; continue }
            out.append(c)
        }
        return out
    }
}

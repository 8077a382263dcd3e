@testable import AllyTUI
import Testing

@Suite("Output formats")
struct OutputFormatTests {
    static func sample() -> Buffer {
        var b = Buffer(width: 4, height: 2)
        b.write("a", x: 0, y: 0)
        b.write("b", x: 1, y: 0, style: Style(foreground: .red, bold: true))
        b.write("c", x: 2, y: 0)
        b.write("<&>", x: 0, y: 1, style: Style(foreground: .orange).reversed)
        return b
    }

    @Test func ansiHasOneEscapePerRunAndResetsLines() {
        let lines = Self.sample().ansiText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "a\u{1B}[0;1;31mb\u{1B}[0mc ")
        #expect(lines[1] == "\u{1B}[0;7;38;5;208m<&>\u{1B}[0m ")
        #expect(Buffer(width: 3, height: 1).ansiText == "   ")
    }

    @Test func ansiEndsStyledLinesWithReset() {
        var b = Buffer(width: 2, height: 1)
        b.write("xy", x: 0, y: 0, style: Style(foreground: .land))
        #expect(b.ansiText == "\u{1B}[0;38;5;66mxy\u{1B}[0m")
    }

    @Test func paletteColoursAboveSixteenAreXterms() {
        #expect(Color.xtermHex(16) == "#000000" && Color.xtermHex(231) == "#ffffff")
        #expect(Color.xtermHex(65) == "#5f875f" && Color.xtermHex(66) == "#5f8787")
        #expect(Color.xtermHex(232) == "#080808" && Color.xtermHex(255) == "#eeeeee")
        #expect(Color.land.hex == "#5f8787" && Color.orange.hex == "#ff8700")
    }

    /// ANSI output selects the same palette index the terminal backend does.
    @Test func sgrNamesThePaletteIndex() {
        for color in Color.allCases {
            guard let i = color.index256 else { #expect(color.sgr().isEmpty); continue }
            let sgr = color.sgr()
            let named = sgr.count == 3 ? Int(sgr[2])! : Int(sgr[0])! >= 90 ? Int(sgr[0])! - 90 + 8 : Int(sgr[0])! - 30
            #expect(named == i, "\(color)")
            #expect(color.sgr(background: true).last == (sgr.count == 3 ? sgr[2] : String(Int(sgr[0])! + 10)))
        }
    }

    @Test func svgEscapesTextAndKeepsColours() {
        let svg = Self.sample().svg(.init(title: "a <b> & 'c'"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title>a &lt;b&gt; &amp; &apos;c&apos;</title>"))
        #expect(svg.contains(">&lt;&amp;&gt;</text>"))
        #expect(!svg.contains("<&>"))
        #expect(svg.contains("fill=\"#cd3131\" class=\"b\""))  // bold red "b"
        #expect(svg.contains("fill=\"#ff8700\""))              // reversed orange: orange background rect
        #expect(svg.components(separatedBy: "<text").count == svg.components(separatedBy: "</text>").count)
    }

    @Test func xmlEscapingCoversSpecialsAndControls() {
        #expect(Buffer.escapeXML("\"x\" & <y>") == "&quot;x&quot; &amp; &lt;y&gt;")
        #expect(Buffer.escapeXML("a\u{1}b") == "a\u{FFFD}b")
    }

    @Test func asciiGlyphsFollowTheDots() {
        func pattern(_ dots: [(Int, Int)]) -> UInt8 { dots.reduce(0) { $0 | BrailleCanvas.mask[$1.1][$1.0] } }
        #expect(MapCharset.ascii.character(for: 0) == nil)
        #expect(MapCharset.ascii.character(for: pattern([(0, 0)])) == ".")
        #expect(MapCharset.ascii.character(for: pattern([(0, 0), (0, 1), (0, 2), (0, 3)])) == "|")
        #expect(MapCharset.ascii.character(for: pattern([(0, 1), (1, 1)])) == "-")
        #expect(MapCharset.ascii.character(for: pattern([(0, 3), (1, 3)])) == "_")
        #expect(MapCharset.ascii.character(for: pattern([(0, 0), (0, 1), (1, 2), (1, 3)])) == "\\")
        #expect(MapCharset.ascii.character(for: pattern([(1, 0), (1, 1), (0, 2), (0, 3)])) == "/")
        #expect(MapCharset.ascii.character(for: 0xFF) == "#")
        #expect(MapCharset.braille.character(for: 0xFF) == "⣿")
        #expect((0...255).allSatisfy { MapCharset.ascii.character(for: UInt8($0)).map { $0.isASCII } ?? true })
    }
}

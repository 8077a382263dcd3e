import AllyTestSupport
import AllyTUI
import Testing

/// The style fixture must tell apart what the old one-letter layer merged: bold from plain on
/// bright colours, dim from plain, and any background.
@Suite struct StyleLayerTests {
    @Test func recordsForegroundBackgroundAndEachAttribute() {
        var b = Buffer(width: 6, height: 1)
        b.write("a", x: 0, y: 0, style: Style(foreground: .brightRed))
        b.write("b", x: 1, y: 0, style: Style(foreground: .brightRed, bold: true))
        b.write("c", x: 2, y: 0, style: Style(foreground: .red, dim: true))
        b.write("d", x: 3, y: 0, style: Style(foreground: .red, background: .blue))
        b.write("e", x: 4, y: 0, style: Style(reverse: true, underline: true))
        b.write("f", x: 5, y: 0, style: Style(foreground: .yellow, bold: true))
        let rows = b.styleLayer.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 8)
        #expect(rows[1] == "RRrr.y")
        #expect(rows[4] == "...b..")
        #expect(rows[7] == ".12.c1")
    }

    @Test func wideGlyphsTakeOneColumnAsInPlainText() {
        var b = Buffer(width: 3, height: 1)
        b.write("日x", x: 0, y: 0, style: Style(foreground: .green))
        let rows = b.styleLayer.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].count == b.plainText.count)
    }
}

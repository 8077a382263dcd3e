import AllyModel
import Testing
@testable import AllyTUI

/// The frame drawn while the built-in data decodes: the parts of the first full frame that
/// need no data, in the same places, and no status bar (the screen does not take keys yet).
@Suite struct LoadingFrameTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    @Test(arguments: sizes)
    func showsTheRegionsOutlinesAndNoStatusBar(size: Size) throws {
        let buffer = try #require(LoadingFrame(screen: size, region: .middleEast, theme: .dark, unicode: true).render())
        let rows = buffer.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[0].contains("allymap") && rows[0].contains("1 Middle East") && rows[0].contains("loading"))
        #expect(rows[1].contains("Middle East map"))
        #expect(rows.joined().unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "no braille outlines")
        #expect(rows[size.height - 1].trimmingCharacters(in: .whitespaces).isEmpty, "a status bar before the data: \(rows[size.height - 1])")
    }

    /// Every border corner of the loading frame is where the first full frame draws one, so
    /// that frame only adds to it.
    @Test(arguments: sizes)
    func itsFramesAreWhereTheFullFrameDrawsThem(size: Size) throws {
        let loading = try #require(LoadingFrame(screen: size, region: .middleEast, theme: .dark, unicode: true).render())
        let full = ExplorerSession(dataset: defaultDataset, screen: size).render()
        let corners: Set<Character> = ["┌", "┐", "└", "┘"]
        var checked = 0
        for y in 0..<size.height {
            for x in 0..<size.width where corners.contains(loading[x, y].character) {
                #expect(full[x, y].character == loading[x, y].character, "(\(x), \(y))")
                checked += 1
            }
        }
        #expect(checked >= 8)
    }

    @Test func tooSmallScreensGetNoLoadingFrame() {
        #expect(LoadingFrame(screen: Size(width: 20, height: 6), region: .europe, theme: .dark, unicode: true).render() == nil)
    }

    @Test func asciiTerminalsGetASCII() throws {
        let buffer = try #require(LoadingFrame(screen: Size(width: 120, height: 40), region: .asia, theme: .light, unicode: false).render())
        #expect(buffer.plainText.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(buffer.plainText.contains("Asia map"))
    }
}

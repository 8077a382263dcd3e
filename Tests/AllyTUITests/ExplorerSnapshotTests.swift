import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// Whole-screen snapshots: glyphs, plus a colour layer for the default size.
@Suite struct ExplorerSnapshotTests {
    @Test(arguments: [(Region.middleEast, "middle-east"), (.europe, "europe"), (.asia, "asia"), (.world, "world")])
    func regions(region: Region, name: String) {
        for (w, h) in [(120, 40), (80, 24)] {
            let s = AppState.fixture(width: w, height: h, region: region)
            let buffer = ExplorerView(s).render()
            expectSnapshot(buffer.plainText, named: "explorer-\(name)-\(w)x\(h)")
            if w == 120 { expectSnapshot(buffer.styleLayer, named: "explorer-\(name)-\(w)x\(h).style") }
        }
    }

    @Test func smallestUsableAndTooSmall() {
        expectSnapshot(ExplorerView(.fixture(width: 60, height: 20)).render().plainText, named: "explorer-60x20")
        expectSnapshot(ExplorerView(.fixture(width: 50, height: 12)).render().plainText, named: "explorer-too-small")
    }

    @Test func helpOverlay() {
        var s = AppState.fixture()
        s.press(.char("?"))
        expectSnapshot(ExplorerView(s).render().plainText, named: "explorer-help")
    }

    @Test func searchInProgress() {
        var s = AppState.fixture()
        s.press(.char("/"))
        s.type("kor")
        expectSnapshot(ExplorerView(s).render().plainText, named: "explorer-search")
    }

    @Test func compareSideBySide() {
        var s = AppState.fixture()
        s.select("israel")
        s.press(.char("c"))
        s.type("japan")
        s.press(.enter)
        expectSnapshot(ExplorerView(s).render().plainText, named: "explorer-compare")
    }

    @Test func detailOfAnAlly() {
        var s = AppState.fixture(region: .europe)
        s.select("poland")
        s.press(.enter)
        expectSnapshot(ExplorerView(s).render().plainText, named: "explorer-detail")
    }

    @Test func asciiFallback() {
        let s = AppState.fixture(width: 80, height: 24, region: .europe, unicode: false)
        let text = ExplorerView(s).render().plainText
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "no braille or box drawing without unicode")
        expectSnapshot(text, named: "explorer-europe-80x24-ascii")
    }
}

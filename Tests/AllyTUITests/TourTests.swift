import AllyModel
import AllyTestSupport
import Testing
@testable import AllyTUI

/// The guided tour in the explorer: keys, the map following, leaving and resuming, and cards.
@Suite struct TourTests {
    /// Opens the tour and walks to paragraph `n` with the arrow key, as a reader would.
    static func atParagraph(_ n: Int, width: Int = 120, height: Int = 40) -> ExplorerSession {
        var s = AppState.fixture(width: width, height: height)
        s.press(.char("T"))
        for _ in 0..<n { s.press(.right) }
        return s
    }

    static func paragraph(_ s: ExplorerSession) -> Int? {
        s.tour.map { s.dataset.tour[$0.step].paragraph }
    }

    @Test(arguments: [5, 6, 12])
    func cards(paragraph: Int) {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let s = Self.atParagraph(paragraph, width: w, height: h)
            #expect(Self.paragraph(s) == paragraph)
            let buffer = s.render()
            expectSnapshot(buffer.plainText, named: "tour-p\(paragraph)-\(w)x\(h)")
            if w == 120 { expectSnapshot(buffer.styleLayer, named: "tour-p\(paragraph)-\(w)x\(h).style") }
        }
    }

    @Test func sixStepsReachParagraphSixInEuropeWithRussiaFramed() throws {
        let s = Self.atParagraph(6)
        #expect(s.mode == .tour)
        #expect(s.region == .europe)
        let step = s.dataset.tour[try #require(s.tour).step]
        #expect(step.actors.contains("russia"))
        let text = s.render().plainText
        #expect(text.contains("Europe map · ¶6"))
        #expect(text.contains("Russia"), "Russia is labelled on the framed map")
        #expect(text.contains("¶6 · Europe"))
    }

    @Test func leavingKeepsTheViewAndTResumes() {
        var s = Self.atParagraph(6)
        let (region, selected) = (s.region, s.selectedID)
        s.press(.char("x"))
        #expect(s.mode == .normal)
        #expect(s.region == region)
        #expect(s.selectedID == selected)
        s.press(.char("2"), .right)
        s.press(.char("T"))
        #expect(s.mode == .tour)
        #expect(Self.paragraph(s) == 6, "T resumes where the tour was left")
    }

    @Test func digitsJumpToAParagraphAndArrowsStopAtTheEnds() {
        var s = Self.atParagraph(0)
        s.press(.char("9"))
        #expect(Self.paragraph(s) == 9)
        s.press(.left)
        #expect(Self.paragraph(s) == 8)
        s.press(.char("0"), .left, .left)
        #expect(Self.paragraph(s) == 0, "no step before the first")
        for _ in 0..<40 { s.press(.right) }
        #expect(Self.paragraph(s) == s.dataset.tour.last?.paragraph, "no step after the last")
    }

    @Test func theEvidenceListMovesTheMapToEachItemsActor() throws {
        var s = Self.atParagraph(6)
        s.press(.enter)
        #expect(s.tour?.expanded == true)
        let items = s.derived.tourEvidence(step: try #require(s.tour).step)
        #expect(items.count > 2)
        for i in 1..<min(items.count, 6) {
            s.press(.down)
            #expect(s.tour?.evidence == i)
            if let actor = items[i].actors.first(where: { s.dataset.actor($0) != nil }) {
                #expect(s.selectedID == actor, "item \(i) \(items[i].id)")
            }
        }
        // The card keeps the cursor on screen however far down the list goes.
        for _ in 0..<items.count { s.press(.down) }
        #expect(s.render().plainText.contains("▸"))
        s.press(.enter)
        #expect(s.tour?.expanded == false)
    }

    @Test func theScorePanesMarkTheComponentsTheStepRestsOn() throws {
        let s = Self.atParagraph(6)
        let plan = s.dataset.tour[try #require(s.tour).step]
        #expect(!plan.components.isEmpty)
        let text = s.render().plainText
        #expect(text.contains("▸"), "a focused component is marked in the Dependency or Risk pane")
        var normal = s
        normal.press(.char("x"))
        #expect(!normal.render().plainText.contains("▸"), "the marks go with the tour")
    }

    @Test func aDatasetWithoutATourSaysSo() {
        let plain = Dataset(actors: defaultDataset.actors, indicators: defaultDataset.indicators, events: defaultDataset.events,
                            claims: defaultDataset.claims)
        var s = ExplorerSession(dataset: plain)
        s.press(.char("T"))
        #expect(s.mode == .normal)
        #expect(s.status?.contains("no tour") == true)
    }

    @Test func everyParagraphHasAStepAndEveryClaimOneStep() {
        let paragraphs = defaultDataset.tour.map(\.paragraph)
        #expect(paragraphs == Array(0...15))
        let claims = defaultDataset.tour.flatMap(\.claims)
        #expect(Set(claims).count == claims.count)
        #expect(Set(claims) == Set(defaultDataset.claims.map(\.id)))
    }
}

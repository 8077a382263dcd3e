import Testing
@testable import AllyModel

/// The tour built on the built-in data: every step, the evidence ranking and the printed text.
@Suite struct TourTests {
    static let model = ScoringModel(dataset: try! DatasetLoader.loadDefault())
    static let tour = Tour(model: model)

    @Test func stepsFollowTheParagraphs() {
        #expect(Self.tour.steps.map(\.paragraph) == Array(0...15))
        #expect(Self.tour.steps.reduce(0) { $0 + $1.claims.count } == Self.model.dataset.claims.count)
        #expect(Self.tour.step(paragraph: 6)?.region == .europe)
        #expect(Self.tour.step(paragraph: 6)?.actors.contains("russia") == true)
        #expect(Self.tour.index(ofParagraph: 16) == nil)
    }

    @Test func onlyComputedVerdictsGetASturdinessLine() {
        for claim in Self.tour.steps.flatMap(\.claims) {
            let computed = if case .computed = claim.assessment.method { true } else { false }
            #expect((claim.sturdiness != nil) == computed, "\(claim.id)")
            #expect(claim.sturdiness.map { $0.verdict == claim.verdict } ?? true, "\(claim.id): the search starts from the shown verdict")
        }
    }

    @Test func evidenceIsStrongestFirstWithValueYearAndSource() {
        for claim in Self.tour.steps.flatMap(\.claims) {
            for side in [claim.evidenceFor, claim.evidenceAgainst] {
                let confidence = side.map(\.source.confidence)
                #expect(confidence == confidence.sorted(by: >), "\(claim.id)")
                #expect(side.allSatisfy { !$0.source.name.isEmpty })
                #expect(side.filter { $0.kind == .event }.allSatisfy { !$0.year.isEmpty }, "events carry their date")
                #expect(side.filter { $0.kind == .indicator }.allSatisfy { !$0.value.isEmpty })
            }
            #expect(claim.evidenceFor.count == claim.claim.supports.count, "every linked row is shown or counted")
        }
    }

    @Test func sturdinessLinesSayWhatChangesTheVerdict() throws {
        let fixture = SturdinessTests()
        #expect(TourText.sturdinessLine(try fixture.sturdiness("struck"))
                == "nothing tried changes it: no preset does (7 tried) and no weight enters its check.")
        #expect(TourText.sturdinessLine(try fixture.sturdiness("no-bomb"))
                == "preset gulf-proliferation (nuclear.iran=yes nuclear.saudi-arabia=yes) makes it mixed; no weight enters its check.")
        #expect(TourText.sturdinessLine(try fixture.sturdiness("china-weight")).hasPrefix("no preset does (7 tried); reliance.defence from 20 to "))
    }

    @Test func markdownHasEveryStepAndNoStyling() {
        let md = TourText.render(Self.tour, model: Self.model, format: .md)
        for n in 0...15 { #expect(md.contains("\n## ¶\(n) · "), "¶\(n)") }
        #expect(md.components(separatedBy: "**What would change it:**").count - 1
                == Self.tour.steps.flatMap(\.claims).filter { $0.sturdiness != nil }.count)
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B })
        let text = TourText.render(Self.tour, model: Self.model, format: .text)
        #expect(text.hasPrefix("Walking the article"))
        #expect(!text.contains("**"))
    }
}

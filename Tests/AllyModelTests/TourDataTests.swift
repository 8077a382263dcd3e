import Foundation
import Testing
@testable import AllyModel

/// The tour table: the built-in one covers the article, and a broken one is reported line by line.
@Suite struct TourDataTests {
    // MARK: - Fixture

    /// A tour of the fixture's claims (¶2, ¶5, ¶6) with every paragraph from ¶0; rows start on line 3.
    static let tour = """
        # test tour
        paragraph\tregion\tactors\tclaims\tcomponents\ttopic
        0\tworld\tus\t\t\tOpening question
        1\tworld\t\t\t\tA general thesis
        2\tworld\tus\tretreat\treliance.aid\tInfluence fading
        3\tmiddle-east\tisrael\t\t\tIsrael as the test
        4\tmiddle-east\tisrael\t\t\tIsolation
        5\tmiddle-east\tisrael;iran\tisrael-safe\texposure.nuclear\tNo bomb next door
        6\tasia\tjapan;south-korea\tseoul-nukes\texposure.nuclear;commitment.umbrella\tSeoul and Tokyo
        """

    func issues(_ edit: (String) -> String) throws -> [String] {
        try Fixture.issues([.tour: edit(Self.tour)]).map(\.description)
    }

    // MARK: - Built-in tour

    @Test func everyParagraphHasAStep() throws {
        let data = try DatasetLoader.loadDefault()
        #expect(data.tour.map(\.paragraph) == Array(0...15))
        for step in data.tour {
            #expect(!step.topic.isEmpty, "¶\(step.paragraph) has no topic")
            #expect(step.components.allSatisfy { TourParagraph.component(named: $0) != nil })
        }
    }

    @Test func everyClaimIsInExactlyOneStepOfItsParagraph() throws {
        let data = try DatasetLoader.loadDefault()
        let placed = data.tour.flatMap { step in step.claims.map { ($0, step.paragraph) } }
        #expect(placed.count == data.claims.count)
        #expect(Set(placed.map(\.0)).count == placed.count, "a claim is in two steps")
        for c in data.claims {
            #expect(placed.first { $0.0 == c.id }?.1 == c.paragraph, "\(c.id) is not in ¶\(c.paragraph)'s step")
        }
    }

    // MARK: - Loading

    @Test func aUserDatasetBringsItsOwnTour() throws {
        let data = try Fixture.load([.tour: Self.tour])
        #expect(data.tour.count == 7)
        #expect(data.tour[6].actors == ["japan", "south-korea"])
        #expect(data.tour[6].claims == ["seoul-nukes"])
        #expect(data.tour[6].region == .asia)
        #expect(try Fixture.load().tour.isEmpty, "the table is optional")
        // Both export formats carry it back.
        let json = try DatasetLoader.loadJSON(bytes: [UInt8](try DatasetWriter.json(data)), file: "x.json")
        #expect(json == data)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-tour-\(UUID().uuidString)").path
        try DatasetWriter.write(data, to: dir, format: .csv)
        #expect(try DatasetLoader.load(path: dir) == data)
    }

    @Test func unknownIdsAndComponentsAreLocated() throws {
        let found = try issues {
            $0.replacingOccurrences(of: "3\tmiddle-east\tisrael", with: "3\tmiddle-east\tatlantis")
                .replacingOccurrences(of: "4\tmiddle-east\tisrael\t", with: "4\tmiddle-east\tisrael\tghost")
                .replacingOccurrences(of: "israel-safe\texposure.nuclear", with: "israel-safe\texposure.magic")
                .replacingOccurrences(of: "0\tworld", with: "0\tmars")
        }
        #expect(found == [
            "tour.tsv:3: region: expected one of world|middle-east|europe|asia, got \"mars\"",
            "tour.tsv:6: actors: unknown actor id \"atlantis\": expected an id from the actors file",
            "tour.tsv:7: claims: unknown claim id \"ghost\": expected an id from the claims file",
            "tour.tsv:8: components: unknown component \"exposure.magic\": expected one of "
                + TourParagraph.componentNames.joined(separator: ", "),
        ])
    }

    @Test func aClaimInTwoStepsIsAnError() throws {
        let found = try issues { $0.replacingOccurrences(of: "\tseoul-nukes\t", with: "\tseoul-nukes;israel-safe\t") }
        #expect(found == ["tour.tsv:9: claims: claim \"israel-safe\" is already in the step at tour.tsv:8: expected each claim in exactly one step"])
    }

    @Test func aClaimBelongsToItsOwnParagraph() throws {
        let moved = try issues {
            $0.replacingOccurrences(of: "israel;iran\tisrael-safe\t", with: "israel;iran\t\t")
                .replacingOccurrences(of: "4\tmiddle-east\tisrael\t", with: "4\tmiddle-east\tisrael\tisrael-safe")
        }
        #expect(moved == ["tour.tsv:7: claims: claim \"israel-safe\" is from ¶5 (claims.tsv:2): expected it in that paragraph's step"])
        let dropped = try issues { $0.replacingOccurrences(of: "\tretreat\t", with: "\t\t") }
        #expect(dropped == ["tour.tsv:5: claims: leaves out claim \"retreat\" of ¶2 (claims.tsv:4): expected every claim in its paragraph's step"])
    }

    @Test func aMissingParagraphIsAnError() throws {
        let gap = try issues { $0.replacingOccurrences(of: "3\tmiddle-east\tisrael\t\t\tIsrael as the test\n", with: "") }
        #expect(gap == ["tour.tsv:6: paragraph: ¶3 is missing: expected one step for every paragraph from ¶0"])
        let short = try issues { String($0.split(separator: "\n").dropLast().joined(separator: "\n")) }
        #expect(short == ["claims.tsv:3: paragraph: ¶6 has no step in the tour: expected one step for every paragraph with a claim"])
        let twice = try issues { $0 + "\n6\tasia\t\t\t\tAgain" }
        #expect(twice == ["tour.tsv:10: paragraph: ¶6 already has a step at tour.tsv:9: expected one step per paragraph"])
    }

    @Test func aStepNeedsATopic() throws {
        let found = try issues { $0.replacingOccurrences(of: "\tA general thesis", with: "\t") }
        #expect(found == ["tour.tsv:4: topic: is empty: expected a value"])
    }
}

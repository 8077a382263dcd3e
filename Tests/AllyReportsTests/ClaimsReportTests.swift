import AllyModel
import Testing
@testable import AllyReports

/// `allymap claims`: each claim with its verdict and evidence, and the verdicts tallied.
@Suite struct ClaimsReportTests {
    static let dataset = ListReportTests.dataset

    @Test func verdictsAreTalliedInVerdictOrder() throws {
        let report = ClaimsReport(dataset: Self.dataset)
        #expect(report.verdicts.count == Self.dataset.claims.count)
        #expect(report.tally.map(\.count).reduce(0, +) == report.verdicts.count)
        #expect(report.tally.map(\.verdict) == Verdict.allCases.filter { v in report.verdicts.contains { $0.verdict == v } })
        for (verdict, count) in report.tally { #expect(count == report.verdicts.filter { $0.verdict == verdict }.count) }
        let last = try #require(report.render().split(separator: "\n").last)
        let tally = report.tally.map { "\($0.count) \($0.verdict.label)" }.joined(separator: ", ")
        #expect(last.hasPrefix("\(report.verdicts.count) claims (\(tally))."))
    }

    @Test func eachClaimShowsItsVerdictOnce() {
        let report = ClaimsReport(dataset: Self.dataset, region: .asia)
        let text = report.render()
        #expect(!report.verdicts.isEmpty)
        #expect(report.verdicts.allSatisfy { $0.claim.region == .asia || $0.claim.region == .world })
        let verdictLines = text.split(separator: "\n").filter { $0.hasPrefix("    verdict: ") }
        #expect(verdictLines.count == report.verdicts.count)
        for (line, v) in zip(verdictLines, report.verdicts) { #expect(line.hasPrefix("    verdict: \(v.verdict.label) — ")) }
    }

    @Test func evidenceForAndAgainstIsSpelledOut() throws {
        let text = ClaimsReport(dataset: Fixture.dataset).render()
        #expect(text.contains("¶2 Nihon hosts US troops. [assertion, Asia]"))
        #expect(text.contains("    for      日本国 · US troops present: 55,000 personnel (2024; fixture (test))"))
        #expect(text.contains("¶3 Nihon should worry."))
        #expect(text.contains("    (no linked data: a judgement to weigh)"))
        #expect(text.contains("    note: an opinion"))
    }

    @Test func colourMarksTheVerdictsOnlyInAnsiStyle() {
        let report = ClaimsReport(dataset: Fixture.dataset)
        #expect(!report.render(style: .plain).contains("\u{1B}"))
        #expect(report.render(style: .ansi).contains("\u{1B}[32mfor\u{1B}[0m"))
    }

    @Test func balanceCountsEvidenceAndOneSidedClaims() throws {
        let verdicts = ClaimsReport(dataset: Self.dataset).verdicts
        let report = ClaimBalanceReport(verdicts: verdicts)
        let table = try #require(RenderedTable(report.render()))
        #expect(table.rows.map { $0[1] } == verdicts.map(\.claim.id))
        #expect(table.rows.map { $0[4] } == verdicts.map(\.verdict.label))
        let oneSided = verdicts.filter { $0.supporting.isEmpty != $0.contradicting.isEmpty }.count
        #expect(report.render().hasSuffix("\(verdicts.count) claims; \(oneSided) have evidence on one side only (the data hold nothing for the other)."))
    }

    @Test func missingEvidenceIsNamed() {
        #expect(EvidenceText(dataset: Fixture.dataset).evidence("nihon.nothing") == "nihon.nothing (not in this dataset)")
    }
}

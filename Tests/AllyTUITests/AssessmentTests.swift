import AllyModel
import AllySynthetic
import Testing
@testable import AllyTUI

/// Lazy scoring must give exactly what scoring every ally up front gave.
@Suite struct AssessmentTests {
    /// What the eager `Assessment` computed: every ally scored under one scenario.
    static func eagerScores(_ dataset: Dataset, _ scenario: Scenario) -> [String: AllyScores] {
        let model = ScoringModel(dataset: dataset).with(scenario: scenario)
        var out: [String: AllyScores] = [:]
        for ally in dataset.allies { out[ally.id] = try? model.scores(of: ally.id) }
        return out
    }

    @Test func lazyScoresEqualEagerScoresInEveryScenario() {
        var assessment = Assessment(dataset: defaultDataset, scenarios: ScenarioPresets.all)
        let baseline = Self.eagerScores(defaultDataset, .baseline)
        for scenario in ScenarioPresets.all {
            #expect(assessment.scenarioName == scenario.name)
            let eager = Self.eagerScores(defaultDataset, scenario)
            for ally in defaultDataset.allies {
                #expect(assessment.score(ally.id) == eager[ally.id], "\(scenario.name) \(ally.id)")
                #expect(assessment.baseline(ally.id) == baseline[ally.id])
                #expect(assessment.level(of: ally.id) == eager[ally.id].map(\.riskLevel))
            }
            assessment.cycleScenario()
        }
        #expect(assessment.scenarioIndex == 0)
    }

    @Test func switchingScenarioNeverServesAnotherScenariosScores() {
        let withdrawn = Scenario(name: "withdrawn", usCommitment: 0)
        var assessment = Assessment(dataset: defaultDataset, scenarios: [.baseline, withdrawn])
        // Fill the baseline cache first, then switch: the withdrawn scores must not be the cached ones.
        let before = assessment.score("japan")
        assessment.cycleScenario()
        let after = assessment.score("japan")
        #expect(after == Self.eagerScores(defaultDataset, withdrawn)["japan"])
        #expect(after != before)
        #expect(assessment.baseline("japan") == before)
        assessment.cycleScenario()
        #expect(assessment.score("japan") == before)
    }

    @Test func copiesShareWhatWasScored() {
        let a = Assessment(dataset: defaultDataset)
        var b = a
        _ = a.score("israel")
        b.cycleScenario()  // one scenario: back to the baseline
        #expect(b.score("israel") == a.score("israel"))
    }

    @Test func nonAlliesAndUnknownIdsHaveNoScore() {
        let assessment = Assessment(dataset: defaultDataset)
        #expect(assessment.score("iran") == nil)
        #expect(assessment.level(of: "iran") == nil)
        #expect(assessment.score("atlantis") == nil)
    }
}

/// Claim checks that rank every ally wait for the detail view on large datasets.
@Suite struct DeferredVerdictTests {
    static let synthetic: Dataset = try! SyntheticDataset.generate(actors: 2000)

    static func text(_ lines: [StyledLine]) -> String { lines.map(\.text).joined(separator: "\n") }

    @Test func builtInPanesShowEveryVerdict() {
        #expect(Assessment(dataset: defaultDataset).checksAreCheap)
    }

    @Test func largeDatasetsLeaveCheckedVerdictsToTheDetailView() {
        var state = ExplorerSession(dataset: Self.synthetic, screen: Size(width: 120, height: 40))
        state.select("israel")
        #expect(!state.assessment.checksAreCheap)
        let pane = Self.text(PaneContent.lines(for: .claims, state: ViewState(state.state, state.derived), width: 200))
        #expect(pane.contains("NOT CHECKED YET"))
        let checked = Self.synthetic.claims(about: state.selected!).first { ClaimChecks.registry[$0.id] != nil }!
        func paneVerdict() -> Verdict? {
            ClaimBoard(ViewState(state.state, state.derived), scope: .selection, runChecks: false).entries.first { $0.claim.id == checked.id }?.verdict?.verdict
        }
        #expect(paneVerdict() == nil)
        let detail = Self.text(DetailContent.lines(state: ViewState(state.state, state.derived), width: 200))
        #expect(!detail.contains("[verdict: Enter for detail]"))
        #expect(detail.contains("[\(state.assessment.verdict(for: checked)!.verdict.label)]"))
        // Back on the panes, the verdicts the detail view computed are shown.
        let after = Self.text(PaneContent.lines(for: .claims, state: ViewState(state.state, state.derived), width: 200))
        #expect(after != pane)
        #expect(paneVerdict() == state.assessment.verdict(for: checked)!.verdict)
        #expect(after.contains(state.assessment.verdict(for: checked)!.verdict.label.uppercased()))
    }
}

/// Issue 18 item 3: the first frame does not run the claim checks either (some score every
/// ally); the Claims pane says they are running, and lists the verdicts once they are in.
@Suite struct DeferredClaimChecksTests {
    static func claimsPane(_ state: AppState, _ derived: Derived) -> String {
        PaneContent.lines(for: .claims, state: ViewState(state, derived), width: 200).map(\.text).joined(separator: "\n")
    }

    @Test func checkedClaimsAreBeingCheckedUntilTheThreadHasRunThem() throws {
        let derived = Derived(dataset: defaultDataset)
        #expect(derived.deferClaimChecks())
        let ally = try #require(defaultDataset.allies.first { ally in
            defaultDataset.claims(about: ally).contains { ClaimChecks.registry[$0.id] != nil }
        })
        var state = AppState(dataset: defaultDataset, screen: Size(width: 200, height: 60))
        state.select(ally.id)
        reduce(&state, .resize(state.screen), derived)
        let before = Self.claimsPane(state, derived)
        #expect(before.contains("BEING CHECKED"), "\(before)")
        #expect(before.contains("being checked"))
        #expect(!before.contains("NOT CHECKED YET"), "nothing for the user to run: a thread is on it")
        #expect(derived.assessment(0).checkedVerdictCount == 0, "a check ran while drawing")

        derived.warmClaims() // what the explorer's thread does
        let after = Self.claimsPane(state, derived)
        #expect(!after.contains("BEING CHECKED") && !after.contains("being checked"), "the pane kept its old text:\n\(after)")
        #expect(!after.contains("NOT CHECKED YET"))
        #expect(derived.assessment(0).checkedVerdictCount > 0)
    }

    @Test func withoutDeferringThePaneRunsTheChecksAsBefore() throws {
        let derived = Derived(dataset: defaultDataset)
        let ally = try #require(defaultDataset.allies.first { ally in
            defaultDataset.claims(about: ally).contains { ClaimChecks.registry[$0.id] != nil }
        })
        var state = AppState(dataset: defaultDataset, screen: Size(width: 200, height: 60))
        state.select(ally.id)
        let pane = Self.claimsPane(state, derived)
        #expect(!pane.contains("BEING CHECKED") && !pane.contains("NOT CHECKED YET"))
    }
}

/// Issue 18 item 3: the first frame does not wait for the score bands (they rescore every ally
/// many times); panes drawn without them are drawn with them once another thread has them in.
@Suite struct DeferredBandsTests {
    @Test func theFirstFrameShowsScoresWithoutBandsUntilTheyAreIn() {
        // As the explorer starts: the bands are handed to another thread before the first frame.
        let derived = Derived(dataset: defaultDataset)
        #expect(derived.deferBaselineBands())
        var state = AppState(dataset: defaultDataset, screen: Size(width: 120, height: 40))
        reduce(&state, .resize(state.screen), derived)
        let before = ExplorerView(state, derived).render().plainText
        #expect(before.contains("Reliance on the US"))
        #expect(!before.contains(" · rank "), "a band was computed on the loop:\n\(before)")
        let readyBefore = derived.assessment(0).bandsReady
        #expect(!readyBefore)

        derived.computeBaselineBands() // what the explorer's thread does
        let readyAfter = derived.assessment(0).bandsReady
        #expect(readyAfter)
        reduce(&state, .refresh, derived)
        let after = ExplorerView(state, derived).render().plainText
        #expect(after.contains(" · rank "), "the panes kept their band-less text:\n\(after)")
        #expect(!derived.deferBaselineBands(), "nothing left to defer once they are in")
    }

    @Test func bandsAskedForWithoutDeferringAreComputedOnTheSpot() {
        let session = ExplorerSession.fixture(width: 120, height: 40)
        #expect(session.render().plainText.contains(" · rank "))
        let ready = session.assessment.bandsReady
        #expect(ready)
    }
}

import AllyModel

extension Derived {
    /// Hands the baseline's score bands to another thread: from now until that thread's
    /// `computeBaselineBands()` is done, panes show scores without bands instead of computing
    /// them on the loop (they rescore every ally many times: tens of milliseconds the first
    /// frame need not wait for). False when they are already in: nothing to compute.
    public func deferBaselineBands() -> Bool { baseAssessment.baselineCache.markBandsPending() }

    /// Computes the baseline's bands (on the thread `deferBaselineBands` was for).
    public func computeBaselineBands() { baseAssessment.baselineCache.computeBandsAhead() }

    /// At most this many scenarios are scored ahead (a config may hold many saved ones).
    static let warmScenarioLimit = 16

    /// Scores every ally under the baseline, then with its bands under each what-if of the list, so that applying one
    /// from the `s` list draws at once instead of rescoring on that key. Only where the whole
    /// dataset scores quickly (the claim checks' limit).
    ///
    /// Safe to run on another thread while the explorer draws: every cache it fills is locked,
    /// and the app runs it so, since it takes seconds in a debug build.
    public func warmScenarios() {
        guard baseAssessment.checksAreCheap else { return }
        let allies = allyPlaces.allies(in: .world, of: dataset)
        // Every ally under the baseline first: the table (`t`, `0`), its copy (`Y`) and the
        // world's panes need them all; its bands have a thread of their own.
        for ally in allies { _ = baseAssessment.score(ally.id) }
        for index in baseAssessment.scenarios.indices.dropFirst().prefix(Self.warmScenarioLimit) {
            let assessment = self.assessment(index)
            for ally in allies { _ = assessment.score(ally.id) }
            // One band computes them all for the scenario.
            if let first = allies.first { _ = assessment.band(.risk, of: first.id) }
        }
    }

    /// Every claim's verdict and evidence, so the claims board (`C`, `Tab` to the region or all regions)
    /// groups them without running checks on a key. Same limit and thread as `warmScenarios`.
    public func warmClaims() {
        guard baseAssessment.checksAreCheap else { return }
        for claim in dataset.claims {
            guard let verdict = baseAssessment.verdict(for: claim) else { continue }
            _ = baseAssessment.evidence(for: claim, verdict: verdict) { ClaimEvidence.items(of: claim, verdict: verdict, in: dataset) }
        }
        baseAssessment.endCheckDeferral()
    }

    /// Until `warmClaims` has run (on another thread: call this before starting it), the Claims
    /// pane lists checked claims as being checked instead of running their checks as it draws.
    /// False when there is nothing to defer.
    @discardableResult
    public func deferClaimChecks() -> Bool { baseAssessment.deferChecks() }
}

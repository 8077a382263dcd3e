import AllyModel

extension Derived {
    /// At most this many scenarios are scored ahead (a config may hold many saved ones).
    static let warmScenarioLimit = 16

    /// Scores every ally, with its bands, under each scenario of the list, so that applying one
    /// from the `s` list draws at once instead of rescoring on that key. Runs in the loop's idle
    /// time, and only where the whole dataset scores quickly (the claim checks' limit).
    func warmScenarios() {
        guard baseAssessment.checksAreCheap else { return }
        let allies = allyPlaces.allies(in: .world, of: dataset)
        for index in baseAssessment.scenarios.indices.prefix(Self.warmScenarioLimit) {
            let assessment = self.assessment(index)
            for ally in allies { _ = assessment.score(ally.id) }
            // One band computes them all for the scenario.
            if let first = allies.first { _ = assessment.band(.risk, of: first.id) }
        }
    }
}

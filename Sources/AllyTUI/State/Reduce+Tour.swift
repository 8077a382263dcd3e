import AllyModel

extension AppState {
    /// `T`: opens the tour where it was left (or at its first paragraph) and puts the map there.
    mutating func startTour(_ derived: Derived) {
        guard !dataset.tour.isEmpty else {
            status = "this dataset has no tour: add a tour.tsv"
            return
        }
        mode = .tour
        // The tour frames each paragraph's actors on the map, and x leaves it on that map.
        mainView = .map
        let position = tour ?? TourPosition()
        tour = position
        followTour(dataset.tour[min(position.step, dataset.tour.count - 1)])
    }

    /// Goes to the step at `index` (clamped); a new step starts at its top with the list closed.
    mutating func moveTour(to index: Int) {
        guard !dataset.tour.isEmpty else { return }
        let i = max(0, min(dataset.tour.count - 1, index))
        if tour?.step != i { tour = TourPosition(step: i) }
        followTour(dataset.tour[i])
    }

    /// The map goes to the paragraph's region and selects its first ally there (the panes then
    /// show the scores the claims rest on); focus returns to the map.
    private mutating func followTour(_ plan: TourParagraph) {
        show(region: plan.region)
        let actors = plan.actors.compactMap { dataset.actor($0) }
        let inView = actors.filter { plan.region == .world || $0.region == plan.region }
        if let ally = inView.first(where: { $0.kind == .ally }) ?? inView.first {
            selectedID = ally.id
        }
        focus = .map
        resetScrolls()
    }

    /// ↓/↑: scroll the card, or with the evidence list open move its cursor; the map follows the
    /// item's actor.
    mutating func moveTourCursor(by n: Int, _ derived: Derived) {
        guard var position = tour else { return }
        guard position.expanded else {
            scroll(.tour, by: n)
            return
        }
        let items = derived.tourEvidence(step: position.step)
        guard !items.isEmpty else { return }
        position.evidence = max(0, min(items.count - 1, position.evidence + n))
        tour = position
        if let id = items[position.evidence].actors.first(where: { dataset.actor($0) != nil }) {
            let keep = tour
            select(id)
            tour = keep
        }
    }

    /// Enter: opens or closes the step's full evidence list.
    mutating func toggleTourEvidence() {
        guard var position = tour else { return }
        position.expanded.toggle()
        position.evidence = 0
        tour = position
    }
}

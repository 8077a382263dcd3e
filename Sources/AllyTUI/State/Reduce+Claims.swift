import AllyModel

extension AppState {
    // MARK: - Opening, scope and filter

    /// `C`: the board where it was left, evidence open if it was (the list instead when the
    /// claim is no longer in scope; the region's claims when nothing is selected), or back to the map.
    mutating func toggleClaimsBoard(_ derived: Derived) {
        if mode == .claims { mode = .normal; return }
        if claimsBoard.scope == .selection && selected == nil { claimsBoard.scope = .region }
        if !boardEntries(derived).contains(where: { $0.claim.id == claimsBoard.cursor }) { claimsBoard.evidence = nil }
        mode = .claims
    }

    mutating func filterClaims(_ verdict: Verdict?) {
        claimsBoard.filter = claimsBoard.filter == verdict ? nil : verdict
        claimsBoard.evidence = nil
    }

    /// The scopes Tab steps through: the selection's claims only when something is selected.
    var claimScopes: [ClaimScope] { selected == nil ? [.region, .all] : ClaimScope.allCases }

    mutating func stepClaimScope(by step: Int) {
        let scopes = claimScopes
        let i = scopes.firstIndex(of: claimsBoard.scope) ?? 0
        claimsBoard.scope = scopes[((i + step) % scopes.count + scopes.count) % scopes.count]
        claimsBoard.evidence = nil
        claimsBoard.offset = 0
    }

    // MARK: - The cursor

    /// The claims the board lists now, in its order. On datasets too large to run every claim's
    /// check at once, only the selection's claims are checked as the list is drawn; the others
    /// are checked one at a time, when their evidence is opened.
    func boardEntries(_ derived: Derived) -> [ClaimBoard.Entry] {
        claimBoard(derived).entries(with: claimsBoard.filter)
    }

    /// Every claim of the board's scope, whatever the filter.
    func claimBoard(_ derived: Derived) -> ClaimBoard {
        let key = claimBoardKey(derived)
        return derived.claimBoards.board(for: key) { ClaimBoard(ViewState(self, derived), scope: key.scope, runChecks: key.runChecks) }
    }

    /// What the board's list depends on besides the dataset.
    func claimBoardKey(_ derived: Derived) -> ClaimBoardCache.Key {
        let assessment = derived.assessment(scenarioIndex)
        let scope = claimsBoard.scope
        let runChecks = assessment.checksAreCheap || scope == .selection
        return ClaimBoardCache.Key(scope: scope, focus: scope == .selection ? selectedID : nil, region: region, runChecks: runChecks,
                                   checked: runChecks ? 0 : assessment.checkedVerdictCount)
    }

    /// The claim under the cursor, its check run, as its evidence page shows it.
    func openClaim(in entries: [ClaimBoard.Entry], _ derived: Derived) -> ClaimBoard.Entry? {
        guard !entries.isEmpty else { return nil }
        let entry = entries[claimCursorIndex(in: entries)]
        if entry.verdict != nil { return entry }
        let focus = claimsBoard.scope == .selection ? selectedID : nil
        return ClaimBoard.entry(entry.claim, view: ViewState(self, derived), focus: focus, runChecks: true)
    }

    /// The index of the claim under the cursor among `entries` (the first when the cursor's claim is not listed).
    func claimCursorIndex(in entries: [ClaimBoard.Entry]) -> Int {
        entries.firstIndex { $0.claim.id == claimsBoard.cursor } ?? 0
    }

    /// Moves the cursor by `n` claims, or `n` items of the open claim's evidence, stopping at the ends.
    mutating func moveClaimCursor(by n: Int, _ derived: Derived) {
        let entries = boardEntries(derived)
        guard !entries.isEmpty else { return }
        let index = claimCursorIndex(in: entries)
        if let item = claimsBoard.evidence {
            let count = openClaim(in: entries, derived)?.evidence.count ?? 0
            claimsBoard.evidence = count == 0 ? 0 : min(max(item + min(max(n, -count), count), 0), count - 1)
        } else {
            let target = min(max(index + min(max(n, -entries.count), entries.count), 0), entries.count - 1)
            claimsBoard.cursor = entries[target].claim.id
        }
    }

    /// Moves the cursor to the item a page of rows away, as the last frame laid the list out.
    mutating func moveClaimCursor(pages n: Int, _ derived: Derived) {
        guard let list = measured.lists[.claimsBoard], !list.starts.isEmpty else { return moveClaimCursor(by: n * 5, derived) }
        let entries = boardEntries(derived)
        guard !entries.isEmpty else { return }
        let current = min(claimsBoard.evidence ?? claimCursorIndex(in: entries), list.starts.count - 1)
        let line = list.starts[current] + n * max(1, list.rows - 1)
        var target = n > 0 ? (list.starts.firstIndex { $0 >= line } ?? list.starts.count - 1)
                           : (list.starts.lastIndex { $0 <= line } ?? 0)
        if target == current { target = min(max(current + n, 0), list.starts.count - 1) }
        moveClaimCursor(by: target - current, derived)
    }

    // MARK: - Enter

    /// On a claim: its evidence. On an item of evidence: the map, moved to the item's actor.
    mutating func chooseInClaimsBoard(_ derived: Derived) -> [Effect] {
        let entries = boardEntries(derived)
        guard let entry = openClaim(in: entries, derived) else { return [] }
        claimsBoard.cursor = entry.claim.id
        guard let item = claimsBoard.evidence else {
            claimsBoard.evidence = 0
            return []
        }
        guard entry.evidence.indices.contains(item) else { return [] }
        let evidence = entry.evidence[item]
        guard let id = evidence.actorID else {
            if case .missing = evidence.content { status = "not in this dataset: nothing to show on the map" }
            else { status = "a statement the check computed: it has no place on the map" }
            return []
        }
        mode = .normal
        // The item is shown where it is: on the map, even if the board was opened from the table.
        mainView = .map
        select(id)
        focus = .map
        // The new selection may take the claim out of the board's scope: widen it so C comes back here.
        for scope in [claimsBoard.scope, .region, .all] {
            claimsBoard.scope = scope
            if boardEntries(derived).contains(where: { $0.claim.id == entry.claim.id }) { break }
        }
        status = "\(entry.claim.citation): \(evidence.actorName ?? id) on the map — C returns to the claim"
        return []
    }
}

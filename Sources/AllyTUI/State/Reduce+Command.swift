import AllyModel

extension AppState {
    /// Runs a command that has been read and checked: each does what its key would, so `:region
    /// europe` and `2` leave the same state.
    mutating func perform(_ command: Command, line: String, _ derived: Derived) -> [Effect] {
        status = nil
        switch command {
        case .region(let region):
            return apply(.showRegion(region), derived)
        case .goto(let id):
            // The detail view follows the new selection; other views give way to the map.
            if mode != .detail { mode = .normal }
            select(id)
            status = dataset.actor(id).map { "\($0.name) · \($0.region.name)" }
        case .compare(let first, let other):
            if let first { select(first) }
            mode = .compare(otherID: other)
            compareScroll = 0
        case .sort, .filter:
            status = "\(line.split(separator: " ").first ?? ""): needs the ally table (t), which this build does not have yet"
        case .scenario(let index):
            applyScenario(index)
        case .weight(let weights, let setting):
            self.weights = weights
            status = "weight \(setting) for this session: scores recomputed (saved weights unchanged)"
            return [.reweigh(weights)]
        case .tour(let paragraph):
            if mode != .tour { startTour(derived) }
            if let paragraph { return apply(.tourParagraph(paragraph), derived) }
        case .mark(let letter?):
            let mark = Bookmark(region: region, selectedID: selectedID, scenario: scenario.name)
            marks[letter] = mark
            status = "mark \(letter): \(describe(mark)) — '\(letter) comes back here"
            return [.saveMarks(marks)]
        case .mark(nil):
            status = marks.isEmpty ? "no marks yet: :mark a remembers this view as a"
                : "marks: " + marks.sorted { $0.key < $1.key }.map { "\($0.key) \(describe($0.value))" }.joined(separator: "; ")
        case .export(let path):
            status = "writing \(path)…"
            return [.exportBrief(briefRequest(path: path, line: line))]
        case .help(nil):
            return apply(.toggleHelp, derived)
        case .help(let name?):
            if let spec = CommandTable.spec(named: name) { status = ":\(spec.usage) — \(spec.help)" }
        case .quit:
            return [.quit]
        }
        return []
    }

    /// `'a`: back to mark a's region, selection and scenario.
    mutating func jump(toMark letter: Character) {
        mode = .normal
        guard let mark = marks[letter] else {
            let set = marks.keys.sorted().map(String.init).joined(separator: " ")
            status = "no mark '\(letter)'" + (set.isEmpty ? ": :mark \(letter) remembers the view as \(letter)" : " (marks: \(set))")
            return
        }
        show(region: mark.region)
        if let id = mark.selectedID, dataset.actor(id) != nil { select(id) }
        var note = ""
        if let index = scenarios.firstIndex(where: { $0.name == mark.scenario }) {
            scenarioIndex = index
        } else {
            note = " (scenario \(mark.scenario) no longer exists)"
        }
        status = "mark \(letter): \(describe(mark))\(note)"
    }

    /// Keys after `'`: a letter goes to its mark; anything else gives up.
    mutating func handleMarkJumpKey(_ key: Key) {
        mode = .normal
        guard case .char(let c) = key else { return }
        jump(toMark: c)
    }

    /// "Europe · Poland · us-retrenchment".
    private func describe(_ mark: Bookmark) -> String {
        let name = mark.selectedID.flatMap { dataset.actor($0)?.name } ?? "nothing selected"
        return "\(mark.region.name) · \(name) · \(mark.scenario)"
    }

    /// A brief of the view: its region and scenario, and the selected allies that are in the region
    /// (the selection, and in compare the ally beside it).
    func briefRequest(path: String, line: String) -> BriefRequest {
        var ids = [selectedID]
        if case .compare(let other) = mode { ids.append(other) }
        let allies = ids.compactMap { $0.flatMap { dataset.actor($0) } }
            .filter { $0.kind == .ally && (region == .world || $0.region == region) }
        return BriefRequest(path: path, region: region, scenario: scenario, weights: weights,
                            allyIDs: allies.map(\.id), line: line)
    }
}

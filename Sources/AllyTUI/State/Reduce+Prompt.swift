import AllyModel

extension AppState {
    /// Keys typed into the search (`/`) or compare (`c`) prompt: bound keys from the key table,
    /// any other character extends the query.
    mutating func handlePromptKey(_ key: Key, _ search: inout SearchState, _ derived: Derived) {
        switch KeyTable.action(for: key, in: .prompt) {
        case .back?:
            mode = .normal
            return
        case .acceptPrompt?:
            accept(search)
            return
        case .deleteBackward?:
            if search.query.isEmpty { mode = .normal; return }
            search.query.removeLast()
            search.index = 0
        case .nextChoice?:
            if !search.matches.isEmpty { search.index = (search.index + 1) % search.matches.count }
        case .previousChoice?:
            if !search.matches.isEmpty { search.index = (search.index - 1 + search.matches.count) % search.matches.count }
        default:
            guard case .char(let c) = key else { break }
            if search.query.count < 40 { search.query.append(c) }
            search.index = 0
        }
        let kinds: Set<ActorKind> = search.purpose == .jump ? Set(ActorKind.allCases) : [.ally]
        search.matches = derived.matches(search.query, kinds: kinds)
        if search.index >= search.matches.count { search.index = 0 }
        mode = .search(search)
    }

    private mutating func accept(_ search: SearchState) {
        mode = .normal
        guard let id = search.current else {
            status = search.query.isEmpty ? nil : "no actor matches \"\(search.query)\""
            return
        }
        switch search.purpose {
        case .jump:
            lastSearch = search
            select(id)
            status = search.matches.count > 1 ? "match \(search.index + 1) of \(search.matches.count) — n/N for the others" : nil
        case .compareFirst:
            select(id)
            mode = .search(SearchState(purpose: .compare))
        case .compare:
            if id == selectedID {
                status = "pick a different ally to compare with"
            } else {
                mode = .compare(otherID: id)
                compareScroll = 0
            }
        }
    }
}

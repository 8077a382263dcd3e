import AllyModel

/// The names a command line can use, read from the explorer's state: actors, regions, scenarios,
/// weights, tour paragraphs and marks. Resolves what was typed to ids and indices, with a
/// "did you mean" when nothing fits; completion offers the same names.
struct CommandVocabulary {
    let state: AppState
    let derived: Derived

    /// How many names completion offers at most (a large dataset matches thousands).
    static let completionLimit = 50

    // MARK: - Actors

    /// The actor `text` names: one whose name, id, code or alias is `text` (folded), else the only
    /// one whose names contain it. Throws with the candidates or a near name otherwise.
    func actor(_ text: String, alliesOnly: Bool) throws(CommandError) -> String {
        let what = alliesOnly ? "ally" : "name"
        let matches = derived.matches(text, kinds: alliesOnly ? [.ally] : Set(ActorKind.allCases))
        let q = Dataset.fold(text)
        if let exact = matches.first(where: { id in keys(of: id).contains(q) }) { return exact }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguous(what: what, text, candidates: matches.prefix(4).compactMap { state.dataset.actor($0)?.name })
        }
        let pool = state.dataset.actors.filter { !alliesOnly || $0.kind == .ally }
        let near = EditDistance.nearest(to: q, among: pool.map { (keys(of: $0), $0.name) })
        // "unknown ally" when the near name is an ally, or nothing is near: allies are what people look for.
        let nearActor = near.flatMap { n in pool.first { $0.name == n } }
        throw .unknown(what: nearActor.map { $0.kind == .ally ? "ally" : "name" } ?? "ally", text, suggestion: near)
    }

    /// Every folded name an actor answers to.
    private func keys(of id: String) -> [String] { state.dataset.actor(id).map(keys(of:)) ?? [] }

    private func keys(of actor: Actor) -> [String] {
        ([actor.name, actor.id, actor.iso2, actor.iso3] + actor.aliases).filter { !$0.isEmpty }.map(Dataset.fold)
    }

    /// Actors to offer for a word being typed, best first (as `/` ranks them); an empty word
    /// offers the allies of the region on screen.
    func actorCompletions(_ word: String, alliesOnly: Bool) -> [Actor] {
        if word.isEmpty {
            return Array(state.dataset.actors.lazy.filter { $0.kind == .ally && (state.region == .world || $0.region == state.region) }
                .prefix(Self.completionLimit))
        }
        let matches = derived.matches(word, kinds: alliesOnly ? [.ally] : Set(ActorKind.allCases))
        let actors = matches.prefix(Self.completionLimit * 4).compactMap { state.dataset.actor($0) }
        // Completion fills in a name, so names that start with the word come first (the search
        // ranks an alias or a code as high: "s" finds Israel as "State of Israel").
        let q = Dataset.fold(word)
        let byName = actors.filter { Dataset.fold($0.name).hasPrefix(q) }
        return Array((byName + actors.filter { !Dataset.fold($0.name).hasPrefix(q) }).prefix(Self.completionLimit))
    }

    // MARK: - Regions

    func region(_ text: String) throws(CommandError) -> Region {
        if let region = Region(argument: text) { return region }
        let near = EditDistance.nearest(to: Dataset.fold(text), among: Region.tabOrder.map { ([Dataset.fold($0.rawValue)], $0.rawValue) })
        throw .unknown(what: "region", text, suggestion: near)
    }

    static var regionNames: [String] { Region.tabOrder.map(\.rawValue) }

    // MARK: - Scenarios

    /// The index of the scenario `text` names: its name in any case, the same words as a slug, or
    /// the only name starting with it.
    func scenario(_ text: String) throws(CommandError) -> Int {
        let names = state.scenarios.map(\.name)
        let q = Self.slug(text)
        if let i = names.firstIndex(where: { Self.slug($0) == q }) { return i }
        let starting = names.indices.filter { Self.slug(names[$0]).hasPrefix(q) }
        if starting.count == 1, !q.isEmpty { return starting[0] }
        if starting.count > 1, !q.isEmpty { throw .ambiguous(what: "scenario", text, candidates: starting.map { names[$0] }) }
        throw .unknown(what: "scenario", text, suggestion: EditDistance.nearest(to: q, among: names.map { ([Self.slug($0)], $0) }))
    }

    /// Lowercase letters and digits, other runs one dash: `US Retrenchment` → `us-retrenchment`.
    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    // MARK: - Weights

    /// Every weight a command may set, `reliance.arms` style.
    static var weightKeys: [String] {
        ScoreKind.weighted.flatMap { kind in kind.components.map { "\(kind.rawValue).\($0.id)" } }
    }

    /// The session's weights with `setting` (`reliance.arms=30`) applied.
    func weights(_ setting: String) throws(CommandError) -> ScoreWeights {
        let compact = setting.filter { $0 != " " }
        guard let eq = compact.firstIndex(of: "=") else {
            throw .invalid("expected INDEX.PART=NUMBER, e.g. weight reliance.arms=30")
        }
        let key = compact[..<eq].lowercased()
        if !Self.weightKeys.contains(key) {
            let near = EditDistance.nearest(to: key, among: Self.weightKeys.map { ([$0], $0) })
            throw .unknown(what: "weight", key, suggestion: near)
        }
        var weights = state.weights
        do {
            try weights.apply(compact)
        } catch {
            throw .invalid("\(error)")
        }
        return weights
    }

    // MARK: - Tour and marks

    /// The paragraphs the tour has, in order.
    var paragraphs: [Int] { state.dataset.tour.map(\.paragraph) }
}

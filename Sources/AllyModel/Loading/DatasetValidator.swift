/// Checks a whole dataset: safe text, id formats, uniqueness and every link between files.
///
/// Works on the decoded values, so TSV, CSV and JSON datasets get exactly the same checks.
struct DatasetValidator {
    let actors: ActorTable
    let indicators: IndicatorTable
    let events: EventTable
    let claims: [Claim]
    /// Sourced ally–adversary pairs (empty for datasets that list adversaries on the actors).
    var threats: [Threat] = []
    var meta = DatasetMeta()
    var judgements: [Judgement] = []
    /// The tour's steps; checked against the claims, so with them.
    var tour: [TourParagraph] = []
    /// Where item `i` of a table came from; JSON datasets say the file and the item's path.
    let place: (DatasetTable, Int) -> Place

    private(set) var issues: [DataIssue] = []

    init(actors: ActorTable, indicators: IndicatorTable, events: EventTable, claims: [Claim],
         place: @escaping (DatasetTable, Int) -> Place) {
        self.actors = actors; self.indicators = indicators; self.events = events; self.claims = claims
        self.place = place
    }

    mutating func run() -> [DataIssue] {
        checkActorsAndEvents()
        checkIndicatorsAndClaims()
        return issues
    }

    /// The checks that need only actors and events: the loader runs them while the indicators
    /// are still being read on another thread. Links to actors and events go through the
    /// tables' own indexes by id, which keep each id's first (defining) position.
    mutating func checkActorsAndEvents() {
        checkActors()
        checkThreats()
        checkJudgements()
        for i in actors.indices { checkDates(.actors, i, actors.source(at: i)) }
        for i in events.indices { checkDates(.events, i, events.source(at: i)) }
        checkEvents()
    }

    /// Each threat names an ally and an adversary (or `none`) that exist, once per pair.
    private mutating func checkThreats() {
        var seen: [String: Int] = [:]
        for (i, t) in threats.enumerated() {
            safe(.threats, i, "source", t.source.name); safe(.threats, i, "url", t.source.url); safe(.threats, i, "note", t.note)
            required(.threats, i, "source", t.source.name)
            checkDates(.threats, i, t.source)
            if let a = actors.position(of: t.ally) {
                if actors.kind(at: a) != .ally { fail(.threats, i, "ally", "\"\(t.ally)\" is a \(actors.kind(at: a).rawValue): expected a US ally") }
            } else {
                fail(.threats, i, "ally", "unknown actor id \"\(t.ally)\": expected an ally id from the actors file")
            }
            if t.adversary == Threat.none {
                if t.basis != .noneStated { fail(.threats, i, "basis", "adversary none goes with basis none-stated") }
            } else if let a = actors.position(of: t.adversary) {
                if !actors.kind(at: a).isThreat {
                    fail(.threats, i, "adversary", "\"\(t.adversary)\" is a \(actors.kind(at: a).rawValue): expected an adversary or non-state actor")
                }
            } else {
                fail(.threats, i, "adversary", "unknown actor id \"\(t.adversary)\": expected an adversary id from the actors file, or none")
            }
            unique(.threats, i, "adversary", "\(t.ally)>\(t.adversary)", &seen)
        }
    }

    /// Each judgement compares two different allies that exist, once per id.
    private mutating func checkJudgements() {
        var seen: [String: Int] = [:]
        for (i, j) in judgements.enumerated() {
            safe(.judgements, i, "statement", j.statement); safe(.judgements, i, "source", j.source.name)
            safe(.judgements, i, "url", j.source.url); safe(.judgements, i, "note", j.note)
            required(.judgements, i, "source", j.source.name); required(.judgements, i, "url", j.source.url)
            slug(.judgements, i, "id", j.id)
            unique(.judgements, i, "id", j.id, &seen)
            checkDates(.judgements, i, j.source)
            for (field, id) in [("higher", j.higher), ("lower", j.lower)] {
                guard let a = actors.position(of: id) else {
                    fail(.judgements, i, field, "unknown actor id \"\(id)\": expected an ally id from the actors file")
                    continue
                }
                if actors.kind(at: a) != .ally { fail(.judgements, i, field, "\"\(id)\" is a \(actors.kind(at: a).rawValue): expected a US ally") }
            }
            if j.higher == j.lower { fail(.judgements, i, "lower", "is the same ally as higher: expected two different allies") }
        }
    }

    /// Published and checked dates exist only in the past of the dataset: a source published
    /// after the as-of date describes a world the data does not.
    private mutating func checkDates(_ table: DatasetTable, _ i: Int, _ source: Source) {
        if publishedTooLate(source), let asOf = meta.asOf?.text {
            fail(table, i, "published", "\(source.published) is after the dataset's as-of date \(asOf): expected a source published by then")
        }
    }

    private func publishedTooLate(_ source: Source) -> Bool {
        guard let asOf = meta.asOf?.text, !source.published.isEmpty else { return false }
        let n = min(asOf.count, source.published.count)
        return source.published.prefix(n) > asOf.prefix(n)
    }

    mutating func checkIndicatorsAndClaims() {
        let indicatorGroups = checkIndicators()
        checkClaims(indicators: indicatorGroups)
        checkTour()
    }

    mutating func fail(_ table: DatasetTable, _ i: Int, _ field: String, _ message: String) {
        let p = place(table, i)
        issues.append(DataIssue(file: p.file, line: p.line, field: field, message: message))
    }

    /// Text must be printable and not too long. One call per field: an array of (name, value)
    /// pairs per row was an allocation per row, a million of them on a large dataset.
    mutating func safe(_ table: DatasetTable, _ i: Int, _ name: String, _ value: String) {
        if let problem = TextSafety.problem(in: value) { fail(table, i, name, problem) }
        // utf8.count is O(1) and never below the character count, so `count` (which walks
        // grapheme clusters) is only needed for very long values.
        if value.utf8.count > DelimitedTable.maxFieldLength && value.count > DelimitedTable.maxFieldLength {
            fail(table, i, name, "is \(value.count) characters long: expected at most \(DelimitedTable.maxFieldLength)")
        }
    }

    mutating func safe(_ table: DatasetTable, _ i: Int, _ name: String, list: [String]) {
        if list.isEmpty { return }
        safe(table, i, name, list.count == 1 ? list[0] : list.joined(separator: ";"))
    }

    mutating func required(_ table: DatasetTable, _ i: Int, _ name: String, _ value: String) {
        if Self.isBlank(value) { fail(table, i, name, "is empty: expected a value") }
    }

    static func isBlank(_ value: String) -> Bool { value.utf8.allSatisfy { $0 == UInt8(ascii: " ") } }

    private mutating func slug(_ table: DatasetTable, _ i: Int, _ field: String, _ id: String) {
        if !id.isEmpty && !Identifier.isSlug(id) {
            fail(table, i, field, "expected lowercase letters, digits and dashes (like south-korea), got \"\(id)\"")
        }
    }

    private mutating func unique(_ table: DatasetTable, _ i: Int, _ field: String, _ id: String, _ seen: inout [String: Int]) {
        if let first = seen[id] {
            let p = place(table, first)
            fail(table, i, field, "duplicate id \"\(id)\": already defined at \(p.file):\(p.line)")
        } else {
            seen[id] = i
        }
    }

    /// Row `i` of a table whose ids are indexed: a duplicate when the id was first defined elsewhere.
    private mutating func defined(_ table: DatasetTable, _ i: Int, _ id: String, first: Int?) {
        if let first, first != i {
            let p = place(table, first)
            fail(table, i, "id", "duplicate id \"\(id)\": already defined at \(p.file):\(p.line)")
        }
    }

    // MARK: - Tables

    private mutating func checkActors() {
        // Lookups fold case and accents, so two names (or codes) that fold alike would make
        // one actor impossible to name: each must be unique after folding.
        var names: [String: Int] = [:], codes: [String: Int] = [:]
        // Sized once for the names; codes are often left empty (a reserve for them was 12 MB at 100k).
        names.reserveCapacity(actors.count)
        var usCount = 0
        for (i, a) in actors.enumerated() {
            let first = actors.position(of: a.id)
            // A repeated id is reported once, as a duplicate id, not again for its name and codes.
            for (field, text, table) in [("name", a.name, 0), ("iso2", a.iso2, 1), ("iso3", a.iso3, 1)] where !text.isEmpty && first == i {
                let folded = Dataset.fold(text)
                if let first = table == 0 ? names[folded] : codes[folded], first != i {
                    let p = place(.actors, first)
                    fail(.actors, i, field, "\"\(text)\" is the same as \(actors[first].id)'s (ignoring case and accents) at \(p.file):\(p.line): expected a unique \(field)")
                } else if table == 0 {
                    names[folded] = i
                } else {
                    codes[folded] = i
                }
            }
            safe(.actors, i, "id", a.id); safe(.actors, i, "name", a.name); safe(.actors, i, "capital", a.capital)
            safe(.actors, i, "host", a.host); safe(.actors, i, "source", a.source.name); safe(.actors, i, "url", a.source.url)
            safe(.actors, i, "iso2", a.iso2); safe(.actors, i, "iso3", a.iso3); safe(.actors, i, "aliases", list: a.aliases)
            required(.actors, i, "id", a.id); required(.actors, i, "name", a.name)
            required(.actors, i, "capital", a.capital); required(.actors, i, "source", a.source.name)
            slug(.actors, i, "id", a.id)
            defined(.actors, i, a.id, first: first)
            if !a.iso2.isEmpty && !(a.iso2.count == 2 && a.iso2.allSatisfy { $0.isASCII && $0.isUppercase }) {
                fail(.actors, i, "iso2", "expected two capital letters (like IL), got \"\(a.iso2)\"")
            }
            if !a.iso3.isEmpty && !(a.iso3.count == 3 && a.iso3.allSatisfy { $0.isASCII && $0.isUppercase }) {
                fail(.actors, i, "iso3", "expected three capital letters (like ISR), got \"\(a.iso3)\"")
            }
            if !(-90...90).contains(a.location.lat) { fail(.actors, i, "lat", "expected a number from -90 to 90") }
            if !(-180...180).contains(a.location.lon) { fail(.actors, i, "lon", "expected a number from -180 to 180") }
            if a.kind == .us { usCount += 1; if usCount > 1 { fail(.actors, i, "kind", "a second \"us\" actor: expected exactly one") } }
        }
        for i in actors.indices {
            for adversary in actors.adversaries(at: i) {
                guard let kind = actors.position(of: adversary).map({ actors.kind(at: $0) }) else {
                    fail(.actors, i, "adversaries", "unknown actor id \"\(adversary)\": expected an id from the actors file")
                    continue
                }
                if !kind.isThreat {
                    fail(.actors, i, "adversaries", "\"\(adversary)\" is a \(kind.rawValue): expected an adversary or non-state actor")
                }
            }
        }
    }

    /// Checks every indicator; returns them grouped by actor, for the claims' evidence links.
    ///
    /// Rows share their texts through the table, so each check whose answer depends only on a
    /// text (an actor id, a key, a unit, a source) is made once per distinct text and looked up
    /// by the rows; the issues and their order are those of checking row by row.
    private mutating func checkIndicators() -> ActorGroups {
        let table = indicators
        let strings = table.distinctStrings, sources = table.distinctSources
        // When every distinct text is printable and short enough, no row needs its fields checked.
        let textsAreSafe = table.distinctTexts.allSatisfy {
            $0.utf8.count <= DelimitedTable.maxFieldLength && TextSafety.problem(in: $0) == nil
        }
        let actorAt = table.actorPositions(actors.position(of:))
        let blank = strings.map(Self.isBlank)
        let sourceBlank = sources.map { Self.isBlank($0.name) }
        let sourceLate = sources.map(publishedTooLate)
        var keyChecked = [UInt8](repeating: 0, count: strings.count)  // 0 not yet, 1 valid, 2 not
        var unitChecked = [UnitRules?](repeating: nil, count: strings.count)
        for i in table.indices {
            if !textsAreSafe {
                let x = table[i]
                safe(.indicators, i, "actor", x.actor); safe(.indicators, i, "key", x.key.rawValue)
                if case .text(let t) = x.value { safe(.indicators, i, "value", t) }
                safe(.indicators, i, "unit", x.unit); safe(.indicators, i, "source", x.source.name)
                safe(.indicators, i, "url", x.source.url); safe(.indicators, i, "note", x.note)
            }
            let (actor, key, unit, source) = (table.actorRef(at: i), table.keyRef(at: i), table.unitRef(at: i), table.sourceRef(at: i))
            if sourceLate[source] { checkDates(.indicators, i, sources[source]) }
            if blank[actor] { fail(.indicators, i, "actor", "is empty: expected a value") }
            if blank[key] { fail(.indicators, i, "key", "is empty: expected a value") }
            if sourceBlank[source] { fail(.indicators, i, "source", "is empty: expected a value") }
            if !strings[actor].isEmpty && actorAt[actor] < 0 {
                fail(.indicators, i, "actor", "unknown actor id \"\(strings[actor])\": expected an id from the actors file")
            }
            if keyChecked[key] == 0 { keyChecked[key] = strings[key].isEmpty || Identifier.isKey(strings[key]) ? 1 : 2 }
            if keyChecked[key] == 2 {
                fail(.indicators, i, "key", "expected lowercase letters, digits and underscores (like \(IndicatorKey.usTroops)), got \"\(strings[key])\"")
            }
            let rules = unitChecked[unit] ?? UnitRules(strings[unit])
            unitChecked[unit] = rules
            let value = table.value(at: i)
            if rules.mayFail(value), let problem = IndicatorCatalog.valueProblem(value, unit: strings[unit]) {
                fail(.indicators, i, "value", problem)
            }
            if !table.hasPeriod(at: i) && value.number != nil && !rules.timeless {
                fail(.indicators, i, "year", "is empty: a figure needs the year it applies to")
            }
        }
        // Duplicates are found within each actor's few indicators rather than through a set of
        // every (actor, key) pair, which was the largest allocation of a 100k-actor load.
        let indicators = self.indicators
        let groups = ActorGroups(actorCount: actors.count, items: indicators.count, owner: { actorAt[indicators.actorRef(at: $0)] },
                                 id: indicators.actor(at:))
        var duplicates: [(Int, Int)] = []
        groups.forEachGroup { positions in
            for (n, i) in positions.enumerated() {
                let key = indicators.key(at: i)
                if let first = positions[..<n].first(where: { indicators.key(at: $0) == key }) { duplicates.append((i, first)) }
            }
        }
        for (i, first) in duplicates.sorted(by: { $0.0 < $1.0 }) {
            let p = place(.indicators, first)
            fail(.indicators, i, "key", "duplicate id \"\(indicators[i].id)\": already defined at \(p.file):\(p.line)")
        }
        return groups
    }

    private mutating func checkEvents() {
        for (i, e) in events.enumerated() {
            safe(.events, i, "id", e.id); safe(.events, i, "title", e.title); safe(.events, i, "summary", e.summary)
            safe(.events, i, "source", e.source.name); safe(.events, i, "url", e.source.url)
            safe(.events, i, "others", list: e.others)
            required(.events, i, "id", e.id); required(.events, i, "title", e.title)
            required(.events, i, "summary", e.summary); required(.events, i, "source", e.source.name)
            slug(.events, i, "id", e.id)
            defined(.events, i, e.id, first: events.position(of: e.id))
            for a in e.actors where actors.position(of: a) == nil {
                fail(.events, i, "actors", "unknown actor id \"\(a)\": expected an id from the actors file (put other parties in \"others\")")
            }
            if e.actors.isEmpty && e.others.isEmpty { fail(.events, i, "actor", "is empty: expected at least one party") }
        }
    }

    private mutating func checkClaims(indicators groups: ActorGroups) {
        func exists(_ ref: String) -> Bool {
            // Event ids and keys have no dots, so a dotted reference can only be `actor.key`.
            guard let dot = ref.utf8.lastIndex(of: UInt8(ascii: ".")) else { return events.position(of: ref) != nil }
            let key = ref.utf8.index(after: dot)
            let (actor, wanted) = (String(ref[..<dot]), String(ref[key...]))
            return groups.positions(of: actor, position: actors.position(of:)).contains { indicators.key(at: $0) == wanted }
        }
        var seen: [String: Int] = [:]
        for (i, c) in claims.enumerated() {
            safe(.claims, i, "id", c.id); safe(.claims, i, "claim", c.text); safe(.claims, i, "note", c.note)
            required(.claims, i, "id", c.id); required(.claims, i, "claim", c.text)
            slug(.claims, i, "id", c.id)
            unique(.claims, i, "id", c.id, &seen)
            for a in c.actors where actors.position(of: a) == nil {
                fail(.claims, i, "actors", "unknown actor id \"\(a)\": expected an id from the actors file")
            }
            for (field, refs) in [("supports", c.supports), ("contradicts", c.contradicts)] {
                for ref in refs where !exists(ref) {
                    fail(.claims, i, field, "unknown evidence \"\(ref)\": expected an indicator (actor.key) or an event id")
                }
            }
        }
    }
}

/// What the value and year checks need to know about a unit, worked out once per unit.
private struct UnitRules {
    let quantity, percentage, timeless: Bool

    init(_ unit: String) {
        quantity = IndicatorCatalog.isQuantity(unit: unit)
        percentage = IndicatorCatalog.isPercentage(unit: unit)
        timeless = IndicatorCatalog.isTimeless(unit: unit)
    }

    /// False when `IndicatorCatalog.valueProblem` surely finds nothing, which settles most
    /// rows without building a message.
    func mayFail(_ value: IndicatorValue) -> Bool {
        guard quantity else { return false }
        switch value {
        case .unknown: return false
        case .text: return true
        case .number(let d): return d < 0 || d > IndicatorCatalog.maxMagnitude || (percentage && d > 100)
        }
    }
}

/// Checks a whole dataset: safe text, id formats, uniqueness and every link between files.
///
/// Works on the decoded values, so TSV, CSV and JSON datasets get exactly the same checks.
struct DatasetValidator {
    let actors: [Actor]
    let indicators: [Indicator]
    let events: [TimelineEvent]
    let claims: [Claim]
    /// Where item `i` of a table came from; JSON datasets say the file and the item's path.
    let place: (DatasetTable, Int) -> Place

    private(set) var issues: [DataIssue] = []

    init(actors: [Actor], indicators: [Indicator], events: [TimelineEvent], claims: [Claim],
         place: @escaping (DatasetTable, Int) -> Place) {
        self.actors = actors; self.indicators = indicators; self.events = events; self.claims = claims
        self.place = place
    }

    mutating func run() -> [DataIssue] {
        let actorIDs = checkActors()
        let indicatorIDs = checkIndicators(actorIDs)
        let eventIDs = checkEvents(actorIDs)
        checkClaims(actorIDs, evidence: indicatorIDs.union(eventIDs))
        return issues
    }

    private mutating func fail(_ table: DatasetTable, _ i: Int, _ field: String, _ message: String) {
        let p = place(table, i)
        issues.append(DataIssue(file: p.file, line: p.line, field: field, message: message))
    }

    private mutating func safe(_ table: DatasetTable, _ i: Int, _ fields: [(String, String)]) {
        for (name, value) in fields {
            if let problem = TextSafety.problem(in: value) { fail(table, i, name, problem) }
            if value.count > DelimitedTable.maxFieldLength {
                fail(table, i, name, "is \(value.count) characters long: expected at most \(DelimitedTable.maxFieldLength)")
            }
        }
    }

    private mutating func required(_ table: DatasetTable, _ i: Int, _ fields: [(String, String)]) {
        for (name, value) in fields where value.trimmingASCIISpaces().isEmpty {
            fail(table, i, name, "is empty: expected a value")
        }
    }

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

    // MARK: - Tables

    private mutating func checkActors() -> Set<String> {
        var seen: [String: Int] = [:]
        var usCount = 0
        for (i, a) in actors.enumerated() {
            safe(.actors, i, [("id", a.id), ("name", a.name), ("capital", a.capital), ("host", a.host),
                              ("source", a.source.name), ("url", a.source.url), ("iso2", a.iso2), ("iso3", a.iso3),
                              ("aliases", a.aliases.joined(separator: ";"))])
            required(.actors, i, [("id", a.id), ("name", a.name), ("capital", a.capital), ("source", a.source.name)])
            slug(.actors, i, "id", a.id)
            unique(.actors, i, "id", a.id, &seen)
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
        var kinds: [String: ActorKind] = [:]
        for a in actors where kinds[a.id] == nil { kinds[a.id] = a.kind }
        for (i, a) in actors.enumerated() {
            for adversary in a.adversaries {
                guard let kind = kinds[adversary] else {
                    fail(.actors, i, "adversaries", "unknown actor id \"\(adversary)\": expected an id from the actors file")
                    continue
                }
                if !kind.isThreat {
                    fail(.actors, i, "adversaries", "\"\(adversary)\" is a \(kind.rawValue): expected an adversary or non-state actor")
                }
            }
        }
        return Set(kinds.keys)
    }

    private mutating func checkIndicators(_ actorIDs: Set<String>) -> Set<String> {
        var seen: [String: Int] = [:]
        for (i, x) in indicators.enumerated() {
            safe(.indicators, i, [("actor", x.actor), ("key", x.key), ("value", x.value.raw), ("unit", x.unit),
                                  ("source", x.source.name), ("url", x.source.url), ("note", x.note)])
            required(.indicators, i, [("actor", x.actor), ("key", x.key), ("source", x.source.name)])
            if !x.actor.isEmpty && !actorIDs.contains(x.actor) {
                fail(.indicators, i, "actor", "unknown actor id \"\(x.actor)\": expected an id from the actors file")
            }
            if !x.key.isEmpty && !Identifier.isKey(x.key) {
                fail(.indicators, i, "key", "expected lowercase letters, digits and underscores (like us_troops), got \"\(x.key)\"")
            }
            if x.period == nil && x.value.number != nil && !IndicatorCatalog.isTimeless(unit: x.unit) {
                fail(.indicators, i, "year", "is empty: a figure needs the year it applies to")
            }
            unique(.indicators, i, "key", x.id, &seen)
        }
        return Set(indicators.map(\.id))
    }

    private mutating func checkEvents(_ actorIDs: Set<String>) -> Set<String> {
        var seen: [String: Int] = [:]
        for (i, e) in events.enumerated() {
            safe(.events, i, [("id", e.id), ("title", e.title), ("summary", e.summary), ("source", e.source.name),
                              ("url", e.source.url), ("others", e.others.joined(separator: ";"))])
            required(.events, i, [("id", e.id), ("title", e.title), ("summary", e.summary), ("source", e.source.name)])
            slug(.events, i, "id", e.id)
            unique(.events, i, "id", e.id, &seen)
            for a in e.actors where !actorIDs.contains(a) {
                fail(.events, i, "actors", "unknown actor id \"\(a)\": expected an id from the actors file (put other parties in \"others\")")
            }
            if e.actors.isEmpty && e.others.isEmpty { fail(.events, i, "actors", "is empty: expected at least one party") }
        }
        return Set(events.map(\.id))
    }

    private mutating func checkClaims(_ actorIDs: Set<String>, evidence: Set<String>) {
        var seen: [String: Int] = [:]
        for (i, c) in claims.enumerated() {
            safe(.claims, i, [("id", c.id), ("claim", c.text), ("note", c.note)])
            required(.claims, i, [("id", c.id), ("claim", c.text)])
            slug(.claims, i, "id", c.id)
            unique(.claims, i, "id", c.id, &seen)
            for a in c.actors where !actorIDs.contains(a) {
                fail(.claims, i, "actors", "unknown actor id \"\(a)\": expected an id from the actors file")
            }
            for (field, refs) in [("supports", c.supports), ("contradicts", c.contradicts)] {
                for ref in refs where !evidence.contains(ref) {
                    fail(.claims, i, field, "unknown evidence \"\(ref)\": expected an indicator (actor.key) or an event id")
                }
            }
        }
    }
}

import AllyModel

/// The article's claims in one scope, each with its verdict and its strongest evidence each
/// way, grouped by verdict: what the Claims pane and the claims board (`C`) show.
///
/// Built from the dataset and the memoised verdicts in a few microseconds (the article makes a
/// few dozen claims), so it is rebuilt per frame and per key rather than cached.
public struct ClaimBoard: Sendable {
    /// One claim, its verdict (nil while its check is deferred) and its evidence.
    public struct Entry: Sendable {
        public let claim: Claim
        public let verdict: ClaimVerdict?
        /// Every item for the claim, then every item against it, as the verdict lists them.
        public let evidence: [ClaimEvidence]
        /// Indices in `evidence` of the strongest item each way.
        public let strongestFor: Int?
        public let strongestAgainst: Int?
    }

    /// Who or what the claims are about, e.g. "Israel", "Middle East", "all regions".
    public let title: String
    /// Every claim in scope, grouped by verdict (supported, contradicted, mixed, needs judgement,
    /// then any not yet checked); within a group, claims naming the selection first, then in
    /// the article's order.
    public let entries: [Entry]
    /// The unchecked entries are being checked on another thread (at start), not waiting for a key.
    public let checksRunning: Bool

    /// The claims of `scope`. With `runChecks` false, claims whose check is costly are listed
    /// unchecked until something (the board, the detail view) has run it.
    public init(_ view: ViewState, scope: ClaimScope, runChecks: Bool = true) {
        let dataset = view.dataset
        let focus = scope == .selection ? view.selected : nil
        checksRunning = !runChecks && view.assessment.checksAreCheap
        let claims: [Claim]
        if let actor = focus {
            title = actor.name
            claims = dataset.claims(about: actor)
        } else if scope == .all || view.region == .world {
            title = "all regions"
            claims = dataset.claims
        } else {
            title = view.region.name
            claims = dataset.claims(in: view.region)
        }
        let built = claims.enumerated().map { i, claim -> (rank: Int, order: Int, entry: Entry) in
            let entry = Self.entry(claim, view: view, focus: focus?.id, runChecks: runChecks)
            let group = entry.verdict.map { Verdict.allCases.firstIndex(of: $0.verdict)! } ?? Verdict.allCases.count
            let naming = focus.map { claim.actors.contains($0.id) ? 0 : claim.region == $0.region ? 1 : 2 } ?? 0
            return (group * 4 + naming, i, entry)
        }
        entries = built.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.entry)
    }

    /// One claim with its verdict and evidence; the strongest items favour rows about `focus`.
    public static func entry(_ claim: Claim, view: ViewState, focus: String?, runChecks: Bool) -> Entry {
        let verdict = view.assessment.verdict(for: claim, runChecks: runChecks)
        let evidence = verdict.map { verdict in
            view.assessment.evidence(for: claim, verdict: verdict) { ClaimEvidence.items(of: claim, verdict: verdict, in: view.dataset) }
        } ?? ClaimEvidence.items(of: claim, verdict: nil, in: view.dataset)
        return Entry(claim: claim, verdict: verdict, evidence: evidence,
                     strongestFor: ClaimEvidence.strongest(in: evidence, supports: true, about: focus),
                     strongestAgainst: ClaimEvidence.strongest(in: evidence, supports: false, about: focus))
    }

    /// How many claims got each verdict, in `Verdict.allCases` order (zeros included).
    public var counts: [(verdict: Verdict, count: Int)] {
        Verdict.allCases.map { v in (v, entries.filter { $0.verdict?.verdict == v }.count) }
    }

    /// Claims whose verdict is not computed yet.
    public var uncheckedCount: Int { entries.filter { $0.verdict == nil }.count }

    /// The entries a filter keeps (all of them for nil).
    public func entries(with filter: Verdict?) -> [Entry] {
        guard let filter else { return entries }
        return entries.filter { $0.verdict?.verdict == filter }
    }
}

/// One item of evidence on a claim, for or against, and where choosing it moves the map.
public struct ClaimEvidence: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case indicator(Indicator)
        case event(TimelineEvent)
        /// A statement a check computed from the data.
        case computed(String)
        /// An id the claim cites that the dataset lacks.
        case missing(String)
    }

    public let supports: Bool
    public let content: Content
    /// The actor the figure is about, or the event's first actor in the dataset (nil for
    /// computed statements and missing rows): where choosing the item moves the map.
    public let actorID: String?
    /// That actor's name.
    public let actorName: String?

    init(supports: Bool, content: Content, actor: Actor?) {
        (self.supports, self.content, actorID, actorName) = (supports, content, actor?.id, actor?.name)
    }

    /// The items for, then against, a claim: the verdict's computed statements first, as it lists them.
    static func items(of claim: Claim, verdict: ClaimVerdict?, in dataset: Dataset) -> [ClaimEvidence] {
        func lines(_ supports: Bool) -> [ClaimEvidence] {
            if let verdict {
                return (supports ? verdict.supporting : verdict.contradicting).map { item($0.id, computed: $0.text, supports: supports, dataset) }
            }
            return (supports ? claim.supports : claim.contradicts).map { item($0, computed: nil, supports: supports, dataset) }
        }
        return lines(true) + lines(false)
    }

    private static func item(_ id: String?, computed text: String?, supports: Bool, _ dataset: Dataset) -> ClaimEvidence {
        guard let id else { return ClaimEvidence(supports: supports, content: .computed(text ?? ""), actor: nil) }
        switch dataset.evidence(id) {
        case .indicator(let x):
            return ClaimEvidence(supports: supports, content: .indicator(x), actor: dataset.actor(x.actor))
        case .event(let e):
            return ClaimEvidence(supports: supports, content: .event(e), actor: (e.actor + e.target).lazy.compactMap { dataset.actor($0) }.first)
        case nil:
            return ClaimEvidence(supports: supports, content: .missing(id), actor: nil)
        }
    }

    /// The strongest item one way: a dataset row (it has a value, a year and a source) about
    /// `actor` first, then one with a known value, a more trusted source, a later date; a
    /// computed statement only when no row is linked.
    static func strongest(in items: [ClaimEvidence], supports: Bool, about actor: String?) -> Int? {
        var best: (key: [Int], index: Int)?
        for (i, item) in items.enumerated() where item.supports == supports {
            let key: [Int]
            switch item.content {
            case .indicator(let x):
                key = [2, item.actorID == actor && actor != nil ? 1 : 0, x.value.isUnknown ? 0 : 1, confidence(x.source.confidence), x.period?.last ?? 0]
            case .event(let e):
                key = [2, actor.map { e.involves($0) } == true ? 1 : 0, 1, confidence(e.source.confidence), e.date.last]
            case .computed:
                key = [1, 0, 0, 0, 0]
            case .missing:
                key = [0, 0, 0, 0, 0]
            }
            if best == nil || best!.key.lexicographicallyPrecedes(key) { best = (key, i) }
        }
        return best.flatMap { $0.key[0] > 0 ? $0.index : nil }
    }

    private static func confidence(_ c: Confidence) -> Int { c == .high ? 2 : c == .medium ? 1 : 0 }
}

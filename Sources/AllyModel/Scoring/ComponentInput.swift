/// What one component read from the data, before weighting: a description, its evidence and a 0–1 value.
struct ComponentInput: Sendable {
    var text: String
    var sources: [String] = []
    var evidenceIDs: [String] = []
    /// Nil when the input is unknown.
    var value: Double?

    init(text: String, evidence: [Indicator] = [], events: [TimelineEvent] = [], value: Double?) {
        self.text = text
        self.value = value.map(Normalisation.unit)
        var seen = Set<String>()
        // A gap row's "source" only says it is a gap, so it is not listed as a source.
        sources = evidence.filter { !$0.value.isUnknown }.map(\.source.name).filter { seen.insert($0).inserted }
        evidenceIDs = evidence.map(\.id) + events.map(\.id)
    }

    /// An unknown input, with whatever rows were looked at.
    static func unknown(_ why: String, _ evidence: [Indicator] = []) -> ComponentInput {
        ComponentInput(text: "unknown: \(why)", evidence: evidence, value: nil)
    }

    func score(_ d: ScoreComponent, weight: Double) -> ComponentScore {
        ComponentScore(id: d.id, name: d.name, input: text, sources: sources, evidence: evidenceIDs,
                       normalised: value, weight: weight, rule: d.rule)
    }
}

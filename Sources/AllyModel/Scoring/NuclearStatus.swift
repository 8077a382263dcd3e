/// Whether an actor holds nuclear weapons: the one rule behind the scores, the claim checks,
/// the panes, the map and the text reports.
///
/// A warhead count decides when the data has one (more than zero is armed); otherwise a yes/no
/// `nuclear_armed` figure, the form the data uses for armed groups, which publish no count;
/// otherwise the status is unknown.
public struct NuclearStatus: Sendable, Hashable {
    /// Whether the actor holds nuclear weapons; nil when the data does not say.
    public let armed: Bool?
    /// The actor's `nuclear_warheads` figure, if it has one (its value may be a gap).
    public let warheads: Indicator?
    /// The figure the answer was read from: the count, else the yes/no figure; nil when unknown.
    public let evidence: Indicator?

    public init(of actor: String, in dataset: Dataset) {
        let count = dataset.indicator(actor, .nuclearWarheads)
        warheads = count
        if let count, let n = count.value.number {
            (armed, evidence) = (n > 0, count)
        } else if let figure = dataset.indicator(actor, .nuclearArmed), case .text(let answer) = figure.value,
                  let yes = Self.yesNo(answer) {
            (armed, evidence) = (yes, figure)
        } else {
            (armed, evidence) = (nil, nil)
        }
    }

    /// "yes…" → true, "no…" → false (any case), anything else → nil.
    static func yesNo(_ answer: String) -> Bool? {
        let a = answer.lowercased()
        return a.hasPrefix("yes") ? true : a.hasPrefix("no") ? false : nil
    }
}

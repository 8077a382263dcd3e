/// How firmly the United States is bound to defend an ally, weakest first.
public enum USTieLevel: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// No arrangement at all.
    case noTie
    /// A working security relationship (bases, arms sales) with no written commitment.
    case informal
    /// A formal status short of a defence treaty: Major Non-NATO Ally, an aid MOU, the Taiwan
    /// Relations Act, a defence cooperation agreement or a presidential executive order.
    case designated
    /// A bilateral defence treaty whose parties promise to act by their own constitutional processes
    /// (US-Japan, US-ROK, ANZUS, US-Philippines).
    case consultativeTreaty
    /// A treaty where an attack on one counts as an attack on all (NATO Article 5).
    case automaticTreaty

    public static func < (a: USTieLevel, b: USTieLevel) -> Bool { a.rawValue < b.rawValue }

    /// The 0–1 value the dependency index uses.
    public var normalised: Double { Double(rawValue) / Double(Self.automaticTreaty.rawValue) }

    /// True for the two treaty levels (what an ally gives up when it leaves its treaty).
    public var isTreaty: Bool { self >= .consultativeTreaty }

    /// Human name shown in explanations.
    public var label: String {
        switch self {
        case .noTie: return "no tie"
        case .informal: return "informal partner"
        case .designated: return "designated partner"
        case .consultativeTreaty: return "defence treaty (consultative)"
        case .automaticTreaty: return "defence treaty (automatic, Art. 5)"
        }
    }
}

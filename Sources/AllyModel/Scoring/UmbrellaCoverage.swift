/// Whether the US extends its nuclear deterrent to an ally, read from `us_nuclear_umbrella`.
public enum UmbrellaCoverage: String, Sendable, Hashable, CaseIterable {
    case covered, ambiguous, notCovered

    /// Text rules: starts with "yes" → covered; starts with "no" → not covered (this includes
    /// "no formal commitment (strategic ambiguity)", because nothing is promised); starts with
    /// "ambiguous" or "partial" → ambiguous; anything else → nil (unknown).
    public static func classify(text: String) -> UmbrellaCoverage? {
        let t = text.lowercased().drop { $0 == " " }
        if t.hasPrefix("yes") { return .covered }
        if t.hasPrefix("no") { return .notCovered }
        if t.hasPrefix("ambiguous") || t.hasPrefix("partial") { return .ambiguous }
        return nil
    }

    /// How much the ally relies on the umbrella, 0–1, given whether it has its own weapons.
    ///
    /// An ally with its own bomb still leans on the US arsenal (planning, scale) but far less, so it keeps 0.25.
    public func reliance(ownWeapons: Bool) -> Double {
        switch (self, ownWeapons) {
        case (.covered, false): return 1
        case (.covered, true): return 0.25
        case (.ambiguous, false): return 0.5
        case (.ambiguous, true): return 0.1
        case (.notCovered, _): return 0
        }
    }

    /// Human name shown in explanations.
    public var label: String {
        switch self {
        case .covered: return "covered"
        case .ambiguous: return "ambiguous"
        case .notCovered: return "not covered"
        }
    }
}

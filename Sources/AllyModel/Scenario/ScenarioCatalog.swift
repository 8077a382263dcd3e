/// Every scenario the user can pick: the built-in presets, then their saved scenarios by name.
///
/// The one list behind `scenario --list`, `--preset NAME` and the explorer's `s` key, so all
/// three offer the same scenarios in the same order.
public struct ScenarioCatalog: Sendable {
    /// Where an entry comes from.
    public enum Origin: Sendable, Hashable { case preset, saved }

    /// One scenario and the name it is picked by.
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let origin: Origin
        public let scenario: Scenario
    }

    /// Presets first (baseline leading), then saved scenarios sorted by name.
    public let entries: [Entry]

    /// A catalog of `presets` and the user's `saved` scenarios (keyed by the name they were saved under).
    public init(presets: [Scenario] = ScenarioPresets.all, saved: [String: Scenario] = [:]) {
        let builtIn = presets.map { Entry(name: $0.name, origin: .preset, scenario: $0) }
        let own = saved.sorted { $0.key < $1.key }.map { name, scenario in
            // A hand-edited config may omit or mistype the stored name; the key is what the user types and sees.
            var named = scenario
            named.name = name
            return Entry(name: name, origin: .saved, scenario: named)
        }
        entries = builtIn + own
    }

    /// The presets and the scenarios saved in `config`.
    public init(config: UserConfig) { self.init(saved: config.scenarios) }

    /// The scenarios in catalog order.
    public var scenarios: [Scenario] { entries.map(\.scenario) }

    /// Every name, in catalog order.
    public var names: [String] { entries.map(\.name) }

    /// The entry called `query`: an exact name (any case) first, then the same words written as a
    /// slug (`"US Retrenchment"` finds `us-retrenchment`). A preset wins over a saved scenario.
    public func entry(named query: String) throws -> Entry {
        let lowered = query.lowercased()
        if let exact = entries.first(where: { $0.name.lowercased() == lowered }) { return exact }
        let slug = Self.slug(query)
        if !slug.isEmpty, let loose = entries.first(where: { Self.slug($0.name) == slug }) { return loose }
        throw ScenarioError.unknownPreset(query, available: names)
    }

    /// The scenario called `query` (see `entry(named:)`).
    public func scenario(named query: String) throws -> Scenario { try entry(named: query).scenario }

    /// Lowercase letters and digits, every other run of characters one dash: the saved-name form.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}

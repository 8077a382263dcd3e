#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Scenario {
    /// Applies one `--set` argument, resolving actor names against `dataset`.
    ///
    /// Keys: `us-commitment=full|hedged|withdrawn|0-100[%]`, `growth.ACTOR=±N[%]`,
    /// `nuclear.ACTOR=yes|no`, `leave.ALLY` (or `leave.ALLY=no` to undo).
    public mutating func apply(_ setting: String, in dataset: Dataset) throws {
        let (key, value) = try Self.split(setting)
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        switch parts[0] {
        case "us-commitment", "commitment", "us":
            guard parts.count == 1 else { throw ScenarioError.unknownKey(key) }
            usCommitment = try Self.commitment(value, key: key)
        case "growth":
            guard parts.count == 2 else { throw ScenarioError.unknownKey(key) }
            let actor = try Self.actor(parts[1], key: key, in: dataset, allowing: [.ally, .adversary, .nonstate])
            growth[actor.id] = try Self.growth(value, key: key)
        case "nuclear":
            guard parts.count == 2 else { throw ScenarioError.unknownKey(key) }
            let actor = try Self.actor(parts[1], key: key, in: dataset, allowing: [.ally, .adversary, .nonstate])
            nuclear[actor.id] = try Self.flag(value ?? "", key: key)
        case "leave":
            guard parts.count == 2 else { throw ScenarioError.unknownKey(key) }
            let actor = try Self.actor(parts[1], key: key, in: dataset, allowing: [.ally])
            if try Self.flag(value ?? "yes", key: key) { leaving.insert(actor.id) } else { leaving.remove(actor.id) }
        default:
            throw ScenarioError.unknownKey(key)
        }
    }

    /// Actor ids the scenario names that are not in `dataset` (a saved scenario may predate the data).
    public func missingActors(in dataset: Dataset) -> [String] {
        let ids = Set(growth.keys).union(nuclear.keys).union(leaving)
        return ids.filter { dataset.actor($0) == nil }.sorted()
    }

    // MARK: - Parsing helpers

    static func split(_ setting: String) throws -> (String, String?) {
        let trimmed = setting.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw ScenarioError.syntax(setting) }
        guard let eq = trimmed.firstIndex(of: "=") else { return (trimmed.lowercased(), nil) }
        let key = trimmed[..<eq].trimmingWhitespace().lowercased()
        let value = trimmed[trimmed.index(after: eq)...].trimmingWhitespace()
        guard !key.isEmpty else { throw ScenarioError.syntax(setting) }
        return (key, value)
    }

    /// `full` 1, `hedged` 0.5, `withdrawn` 0, or a percentage 0–100.
    static func commitment(_ value: String?, key: String) throws -> Double {
        let expected = "full, hedged, withdrawn or a percentage from 0 to 100"
        guard let value, !value.isEmpty else { throw ScenarioError.badValue(key: key, value: "", expected: expected) }
        switch value.lowercased() {
        case "full": return 1
        case "hedged": return 0.5
        case "withdrawn", "none": return 0
        default:
            guard let pct = percentage(value), ModelBounds.allowsCommitment(pct / 100) else {
                throw ScenarioError.badValue(key: key, value: value, expected: expected)
            }
            return pct / 100
        }
    }

    /// `+30`, `30 %`, `-10%` → 0.3, 0.3, -0.1; must stay above -100 % and at most +1000 %.
    static func growth(_ value: String?, key: String) throws -> Double {
        let expected = "a percentage change above -100 and at most +1000, e.g. +30"
        guard let value, let pct = percentage(value), ModelBounds.allowsGrowth(pct / 100) else {
            throw ScenarioError.badValue(key: key, value: value ?? "", expected: expected)
        }
        return pct / 100
    }

    static func flag(_ value: String, key: String) throws -> Bool {
        switch value.lowercased() {
        case "yes", "true", "1", "y", "on": return true
        case "no", "false", "0", "n", "off": return false
        default: throw ScenarioError.badValue(key: key, value: value, expected: "yes or no")
        }
    }

    static func percentage(_ raw: String) -> Double? {
        var s = raw.trimmingWhitespace()
        if s.hasSuffix("%") { s = s.dropLast().trimmingWhitespace() }
        guard let d = IndicatorValue.parseNumber(s) else { return nil }
        return d
    }

    static func actor(_ name: String, key: String, in dataset: Dataset, allowing kinds: Set<ActorKind>) throws -> Actor {
        switch dataset.lookup(name) {
        case .found(let a):
            guard kinds.contains(a.kind) else {
                throw ScenarioError.wrongKind(key: key, actor: a.name, expected: kinds == [.ally] ? "a US ally" : "an ally or adversary")
            }
            return a
        case .ambiguous(let list):
            throw ScenarioError.ambiguousActor(key: key, name: name, candidates: list.map(\.id))
        case .notFound:
            throw ScenarioError.unknownActor(key: key, name: name)
        }
    }
}

/// A scenario setting or name that could not be used.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(String)
    case unknownKey(String)
    case badValue(key: String, value: String, expected: String)
    case unknownActor(key: String, name: String)
    case ambiguousActor(key: String, name: String, candidates: [String])
    case wrongKind(key: String, actor: String, expected: String)
    case unknownPreset(String, available: [String])
    case badName(String)
    case reservedName(String)

    public var description: String {
        switch self {
        case .syntax(let s):
            return "cannot read setting \"\(s)\": expected KEY=VALUE, e.g. us-commitment=50, growth.china=+30, nuclear.japan=yes, leave.turkey"
        case .unknownKey(let k):
            return "unknown scenario key \"\(k)\": expected us-commitment, growth.ACTOR, nuclear.ACTOR or leave.ALLY"
        case .badValue(let key, let value, let expected):
            return "bad value \"\(value)\" for \(key): expected \(expected)"
        case .unknownActor(let key, let name):
            return "\(key): no actor matches \"\(name)\" (use an id such as china, japan, south-korea)"
        case .ambiguousActor(let key, let name, let candidates):
            return "\(key): \"\(name)\" matches several actors: \(candidates.joined(separator: ", "))"
        case .wrongKind(let key, let actor, let expected):
            return "\(key): \(actor) is not \(expected)"
        case .unknownPreset(let name, let available):
            return "no scenario named \"\(name)\": presets are \(available.joined(separator: ", "))"
        case .badName(let name):
            return "cannot save a scenario as \"\(name)\": use lowercase letters, digits and dashes"
        case .reservedName(let name):
            return "\"\(name)\" is a built-in preset: save under another name"
        }
    }
}

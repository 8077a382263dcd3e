/// A JSON value with object keys kept in the order they were added, so output is stable and
/// reads in a sensible order (`@context`, `@type` first).
///
/// Written safe to embed in HTML: `<`, `>` and `&` are escaped as `\u003c`, `\u003e` and `\u0026`,
/// so no data text can close a `<script>` element or make the page invalid XML, and the JSON
/// still decodes to the same strings.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// An object from key–value pairs; pairs whose value is nil are left out.
    public static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// A string, or nil when it is empty (for fields left out when unknown).
    public static func text(_ s: String) -> JSONValue? { s.isEmpty ? nil : .string(s) }

    /// The value as JSON text, indented by two spaces per level.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent), inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let s): return Self.quote(s)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { "\(inner)\(Self.quote($0.key)): \($0.value.rendered(indent: indent + 1))" }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    /// A JSON string literal; controls, quotes, backslashes and the HTML-special `<>&` escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += hex(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += hex(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}

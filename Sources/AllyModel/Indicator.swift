#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The value of an indicator: a number, a short text, or a known gap.
public enum IndicatorValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case text(String)
    /// The reference has no figure. Shown as "unknown", never treated as zero.
    case unknown

    /// Parses a dataset cell: `unknown`/`NA` is a gap, a plain decimal is a number, anything else text.
    public init(parsing raw: String) {
        let t = raw.trimmingWhitespace()
        if t.isEmpty || t.lowercased() == "unknown" || t == "NA" { self = .unknown; return }
        if let d = Self.parseNumber(t) { self = .number(d); return }
        self = .text(t)
    }

    /// A plain decimal (optional sign, digits, optional fraction); no exponent, no separators.
    static func parseNumber(_ t: String) -> Double? {
        var sawDigit = false, sawDot = false
        for (i, u) in t.utf8.enumerated() {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."): if sawDot { return nil }; sawDot = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if i != 0 { return nil }
            default: return nil
            }
        }
        guard sawDigit, let d = Double(t), d.isFinite else { return nil }
        return d
    }

    public var number: Double? { if case .number(let d) = self { return d }; return nil }
    public var isUnknown: Bool { self == .unknown }

    /// The value as written in the dataset.
    public var raw: String {
        switch self {
        case .number(let d): return Self.format(d)
        case .text(let t): return t
        case .unknown: return "unknown"
        }
    }

    public var description: String { raw }

    /// Shortest faithful decimal: 69 not 69.0, 0.67 stays 0.67.
    public static func format(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(d)
        if s.contains("e") { s = PlainText.fixed(d, 6) }
        return s
    }
}

extension IndicatorValue: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .unknown; return }
        if let d = try? c.decode(Double.self) { self = d.isFinite ? .number(d) : .unknown; return }
        self = IndicatorValue(parsing: try c.decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d): try c.encode(d)
        case .text(let t): try c.encode(t)
        case .unknown: try c.encode("unknown")
        }
    }
}

/// One sourced figure about one actor, e.g. Israel's US share of arms imports, 69 %, 2019-2023, SIPRI.
public struct Indicator: Sendable, Hashable, Codable, Identifiable {
    /// `actor.key`, unique in a dataset; claims cite indicators by this id.
    public var id: String { "\(actor).\(key)" }
    public var actor: String
    public var key: IndicatorKey
    public var value: IndicatorValue
    public var unit: String
    /// When the figure applies: required for numbers (except timeless distances), optional otherwise.
    public var period: Period?
    public var source: Source
    public var note: String

    public init(actor: String, key: IndicatorKey, value: IndicatorValue, unit: String = "", period: Period?,
                source: Source, note: String = "") {
        self.actor = actor; self.key = key; self.value = value; self.unit = unit
        self.period = period; self.source = source; self.note = note
    }

    /// A human label for the key (from the catalog, else the key made readable).
    public var label: String { IndicatorCatalog.label(for: key) }

    /// Value with unit and a `~` mark when the figure is weak, e.g. `~25,000 personnel`.
    public var displayValue: String {
        let mark = source.confidence.mark
        switch value {
        case .unknown: return "unknown"
        case .text(let t): return mark + t
        case .number(let d): return mark + IndicatorCatalog.formatNumber(d, unit: unit)
        }
    }

    public var yearText: String { period?.text ?? "" }

    /// A figure kept although no page confirmed it (its note says so); shown as "unverified".
    public var isUnverified: Bool { note.hasPrefix("unverified") }

    /// "[unverified]" for a figure no page confirmed, else "".
    public var verificationMark: String { isUnverified ? " [unverified]" : "" }

    enum CodingKeys: String, CodingKey { case actor, key, value, unit, year, source, url, published, checked, confidence, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actor = try c.decode(String.self, forKey: .actor)
        key = try c.decode(IndicatorKey.self, forKey: .key)
        value = try c.decode(IndicatorValue.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        period = try c.decodeIfPresent(Period.self, forKey: .year)
        source = Source(name: try c.decode(String.self, forKey: .source),
                        url: try c.decodeIfPresent(String.self, forKey: .url) ?? "",
                        confidence: try c.decode(Confidence.self, forKey: .confidence),
                        published: try c.decodeIfPresent(String.self, forKey: .published) ?? "",
                        checked: try c.decodeIfPresent(String.self, forKey: .checked) ?? "")
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(key, forKey: .key)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encodeIfPresent(period, forKey: .year)
        try c.encode(source.name, forKey: .source)
        try c.encode(source.url, forKey: .url)
        try c.encode(source.confidence, forKey: .confidence)
        try c.encode(source.published, forKey: .published)
        try c.encode(source.checked, forKey: .checked)
        try c.encode(note, forKey: .note)
    }
}

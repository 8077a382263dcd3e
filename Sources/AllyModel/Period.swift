import Foundation

/// When a figure applies: a year (`2024`), a range (`2020-2024`, `FY2019-2028`) or a date (`2025-05-17`).
///
/// The text is kept as written so nothing is lost on export; `first`/`last` are the years it spans.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public let text: String
    public let first: Int
    public let last: Int

    public static let validYears = 1900...2100

    /// Parses the forms above; returns nil for anything else or years out of range.
    public init?(_ raw: String) {
        let text = raw.trimmingWhitespace()
        var body = Substring(text)
        if body.hasPrefix("FY") { body = body.dropFirst(2) }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, head.count == 4, let y0 = Int(head), Self.validYears.contains(y0) else { return nil }
        switch parts.count {
        case 1:
            (first, last) = (y0, y0)
        case 2 where parts[1].count == 4:
            guard let y1 = Int(parts[1]), Self.validYears.contains(y1), y1 >= y0 else { return nil }
            (first, last) = (y0, y1)
        case 2, 3:
            // YYYY-MM or YYYY-MM-DD
            guard !text.hasPrefix("FY"), parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            if parts.count == 3 {
                guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            }
            (first, last) = (y0, y0)
        default:
            return nil
        }
        self.text = text
    }

    public var description: String { text }

    public static func < (a: Period, b: Period) -> Bool {
        (a.last, a.text) < (b.last, b.text)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let p = Period(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a year, range or date: \(text)"))
        }
        self = p
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

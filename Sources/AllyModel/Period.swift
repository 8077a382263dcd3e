#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        // Parsed on the UTF-8 bytes: a large dataset has a period on every row, and splitting
        // into substrings cost about a tenth of loading.
        var copy = text
        guard let (first, last) = copy.withUTF8({ Self.years($0) }) else { return nil }
        (self.text, self.first, self.last) = (text, first, last)
    }

    /// A period already parsed: `text` as `init?(_:)` would keep it, spanning `first...last`
    /// (packed tables rebuild their periods with it, without parsing again).
    init(parsed text: String, first: Int, last: Int) {
        (self.text, self.first, self.last) = (text, first, last)
    }

    private static func years(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<from + count {
                guard b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return n
        }
        let fiscal = b.count >= 2 && b[0] == UInt8(ascii: "F") && b[1] == UInt8(ascii: "Y")
        let s = fiscal ? 2 : 0
        guard let y0 = digits(s, 4), validYears.contains(y0) else { return nil }
        let rest = b.count - (s + 4)
        if rest == 0 { return (y0, y0) }
        guard b[s + 4] == UInt8(ascii: "-") else { return nil }
        if rest == 5 {
            // YYYY-YYYY
            guard let y1 = digits(s + 5, 4), validYears.contains(y1), y1 >= y0 else { return nil }
            return (y0, y1)
        }
        // YYYY-MM or YYYY-MM-DD
        guard !fiscal, rest == 3 || rest == 6, let month = digits(s + 5, 2), (1...12).contains(month) else { return nil }
        if rest == 6 {
            guard b[s + 7] == UInt8(ascii: "-"), let day = digits(s + 8, 2), (1...31).contains(day) else { return nil }
        }
        return (y0, y0)
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

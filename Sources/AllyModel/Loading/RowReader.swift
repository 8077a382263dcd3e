/// A column of a table, resolved once against a file's header.
struct Column {
    let name: String
    /// Its position in the file's rows; nil when the file leaves this optional column out.
    let position: Int?
    let optional: Bool
}

/// Reads typed fields out of one table row, recording a `DataIssue` for every bad field
/// instead of stopping at the first.
struct RowReader {
    let file: String
    let line: Int
    let fields: FieldSplitter
    let interner: StringInterner
    let dates: DateMemo
    var issues: [DataIssue] = []

    init(file: String, line: Int, fields: FieldSplitter, interner: StringInterner, dates: DateMemo = DateMemo()) {
        self.file = file; self.line = line; self.fields = fields; self.interner = interner; self.dates = dates
    }

    mutating func fail(_ field: String, _ message: String) {
        issues.append(DataIssue(file: file, line: line, field: field, message: message))
    }

    /// The text of a column, trimmed; a missing required value is an issue. `shared` stores
    /// values that repeat across rows (sources, urls, units, ids) once.
    mutating func text(_ column: Column, shared: Bool = false) -> String {
        guard let i = column.position else { return "" }
        let range = fields.ranges[i]
        if range.isEmpty {
            if !column.optional { fail(column.name, "is empty: expected a value") }
            return ""
        }
        return fields.bytes.withUnsafeBufferPointer { buf in
            let bytes = UnsafeBufferPointer(rebasing: buf[range])
            return shared ? interner.string(bytes) : String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A `;`-separated list of ids, each stored once across the dataset.
    mutating func list(_ column: Column) -> [String] {
        guard let i = column.position else { return [] }
        let range = fields.ranges[i]
        if range.isEmpty {
            if !column.optional { fail(column.name, "is empty: expected a value") }
            return []
        }
        return fields.bytes.withUnsafeBufferPointer { buf in
            var items: [String] = []
            var start = range.lowerBound
            while start <= range.upperBound {
                var end = start
                while end < range.upperBound && buf[end] != UInt8(ascii: ";") { end += 1 }
                var (lo, hi) = (start, end)
                while lo < hi && buf[lo] == UInt8(ascii: " ") { lo += 1 }
                while hi > lo && buf[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
                if lo < hi { items.append(interner.string(UnsafeBufferPointer(rebasing: buf[lo..<hi]))) }
                start = end + 1
            }
            return items
        }
    }

    mutating func number(_ column: Column, in range: ClosedRange<Double>) -> Double {
        let raw = text(column)
        guard !raw.isEmpty else { return 0 }
        guard let d = IndicatorValue.parseNumber(raw) else {
            let bounds = "from \(IndicatorValue.format(range.lowerBound)) to \(IndicatorValue.format(range.upperBound))"
            fail(column.name, "expected a plain decimal number \(bounds) (no exponent, hex, nan or inf), got \(quoted(raw))")
            return 0
        }
        guard range.contains(d) else {
            fail(column.name, "expected a number from \(IndicatorValue.format(range.lowerBound)) to \(IndicatorValue.format(range.upperBound)), got \(raw)")
            return 0
        }
        return d
    }

    mutating func integer(_ column: Column, in range: ClosedRange<Int>) -> Int {
        let raw = text(column)
        guard !raw.isEmpty else { return 0 }
        guard let n = Int(raw), range.contains(n) else {
            fail(column.name, "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(quoted(raw))")
            return 0
        }
        return n
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: Column, _ type: T.Type) -> T? where T.RawValue == String {
        let raw = text(column)
        guard !raw.isEmpty else { return nil }
        if let v = T(rawValue: raw) ?? T(rawValue: raw.lowercased()) { return v }
        let allowed = T.allCases.map(\.rawValue).joined(separator: "|")
        fail(column.name, "expected one of \(allowed), got \(quoted(raw))")
        return nil
    }

    mutating func period(_ column: Column, required: Bool) -> Period? {
        let raw = text(column)
        if raw.isEmpty {
            if required { fail(column.name, "is empty: expected a year (2024), a range (2020-2024) or a date (2025-06-13)") }
            return nil
        }
        guard let p = Period(raw) else {
            fail(column.name, "expected a year from \(Period.validYears.lowerBound) to \(Period.validYears.upperBound), a range (2020-2024, FY2019-2028) or a date (2025-06-13), got \(quoted(raw))")
            return nil
        }
        return p
    }

    /// A source from its columns; `published` and `checked` must be dates when given.
    mutating func source(_ name: Column, _ url: Column, _ confidence: Column, _ published: Column, _ checked: Column) -> Source {
        Source(name: text(name, shared: true), url: text(url, shared: true),
               confidence: choice(confidence, Confidence.self) ?? .low,
               published: date(published), checked: date(checked))
    }

    /// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, or "".
    mutating func date(_ column: Column) -> String {
        let raw = text(column, shared: true)
        guard !raw.isEmpty else { return "" }
        guard dates.isDate(raw, { raw in Period(raw).map { $0.first == $0.last && !raw.contains("FY") } ?? false }) else {
            fail(column.name, "expected a date (2025, 2025-06 or 2025-06-13), got \(quoted(raw))")
            return ""
        }
        return raw
    }

    func quoted(_ s: String) -> String {
        let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
        // Never echo control characters back to the terminal.
        return "\"" + TextSafety.printable(cut) + "\""
    }
}

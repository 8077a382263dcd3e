/// Reads typed fields out of one table row, recording a `DataIssue` for every bad field
/// instead of stopping at the first.
struct RowReader {
    let table: DatasetTable
    let file: String
    let columnIndex: [String: Int]
    var row: DelimitedTable.Row
    var issues: [DataIssue] = []

    init(table: DatasetTable, file: String, columnIndex: [String: Int], row: DelimitedTable.Row) {
        self.table = table; self.file = file; self.columnIndex = columnIndex; self.row = row
    }

    mutating func fail(_ field: String, _ message: String) {
        issues.append(DataIssue(file: file, line: row.line, field: field, message: message))
    }

    /// The raw text of a column, trimmed; a missing required value is an issue.
    mutating func text(_ column: String) -> String {
        guard let i = columnIndex[column] else { return "" }
        let value = i < row.fields.count ? row.fields[i].trimmingASCIISpaces() : ""
        if value.isEmpty && !table.optionalColumns.contains(column) {
            fail(column, "is empty: expected a value")
        }
        return value
    }

    mutating func number(_ column: String, in range: ClosedRange<Double>) -> Double {
        let raw = text(column)
        guard !raw.isEmpty else { return 0 }
        guard let d = IndicatorValue.parseNumber(raw) else {
            fail(column, "expected a number, got \(quoted(raw))")
            return 0
        }
        guard range.contains(d) else {
            fail(column, "expected a number from \(IndicatorValue.format(range.lowerBound)) to \(IndicatorValue.format(range.upperBound)), got \(raw)")
            return 0
        }
        return d
    }

    mutating func integer(_ column: String, in range: ClosedRange<Int>) -> Int {
        let raw = text(column)
        guard !raw.isEmpty else { return 0 }
        guard let n = Int(raw), range.contains(n) else {
            fail(column, "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(quoted(raw))")
            return 0
        }
        return n
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type) -> T? where T.RawValue == String {
        let raw = text(column)
        guard !raw.isEmpty else { return nil }
        if let v = T(rawValue: raw.lowercased()) { return v }
        let allowed = T.allCases.map(\.rawValue).joined(separator: "|")
        fail(column, "expected one of \(allowed), got \(quoted(raw))")
        return nil
    }

    mutating func period(_ column: String, required: Bool) -> Period? {
        let raw = text(column)
        if raw.isEmpty {
            if required { fail(column, "is empty: expected a year (2024), a range (2020-2024) or a date (2025-06-13)") }
            return nil
        }
        guard let p = Period(raw) else {
            fail(column, "expected a year from \(Period.validYears.lowerBound) to \(Period.validYears.upperBound), a range (2020-2024, FY2019-2028) or a date (2025-06-13), got \(quoted(raw))")
            return nil
        }
        return p
    }

    func quoted(_ s: String) -> String {
        let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
        // Never echo control characters back to the terminal.
        return "\"" + String(cut.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) ? "?" : Character($0) }) + "\""
    }
}

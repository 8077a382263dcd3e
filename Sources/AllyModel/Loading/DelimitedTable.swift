/// A parsed TSV or CSV file: a header and rows, each row remembering its line number.
///
/// TSV has no quoting (a field can't hold a tab or newline). CSV follows RFC 4180 on one line:
/// `"a, b"` and `""` escapes. Lines starting with `#` are comments; blank lines are skipped.
public struct DelimitedTable: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public enum Format: String, Sendable, CaseIterable {
        case tsv, csv
        var delimiter: UInt8 { self == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",") }
    }

    public let file: String
    public let header: [String]
    public let headerLine: Int
    public let rows: [Row]

    /// Longest field accepted; longer ones are data errors, not memory problems.
    public static let maxFieldLength = 4096

    /// Longest line accepted: every column at its longest. Longer lines are skipped with an issue
    /// rather than buffered, so a stray huge line cannot exhaust memory.
    static let maxLineBytes = FieldSplitter.maxColumns * maxFieldLength * 4 + FieldSplitter.maxColumns

    /// Parses `bytes` into strings; returns the table, or the problems that made lines unreadable
    /// (those lines are left out of `rows` so that checking can go on). The loader streams rows
    /// with `scan` instead; tests use this form to see the whole table.
    static func parse(_ bytes: [UInt8], file: String, format: Format) -> (DelimitedTable?, [DataIssue]) {
        var header: [String]?
        var headerLine = 0
        var rows: [Row] = []
        let issues = (try? scan(.bytes(bytes), file: file, format: format) { line, fields in
            let strings = (0..<fields.count).map { fields.string($0) }
            if header == nil { (header, headerLine) = (strings, line) } else { rows.append(Row(line: line, fields: strings)) }
        }) ?? []
        guard let header else { return (nil, issues) }
        return (DelimitedTable(file: file, header: header, headerLine: headerLine, rows: rows), issues)
    }

    /// Streams the non-blank, non-comment lines of `input` to `row` (the first one is the header),
    /// split into fields. Returns the problems that made lines unreadable, those lines skipped;
    /// an empty input is reported as a missing header. Throws if a file cannot be read.
    static func scan(_ input: ByteInput, file: String, format: Format,
                     _ row: (_ line: Int, _ fields: FieldSplitter) -> Void) throws(LineStream.ReadFailure) -> [DataIssue] {
        var issues: [DataIssue] = []
        var splitter = FieldSplitter(format: format)
        var sawHeader = false
        try LineStream.forEachLine(input, maxLineBytes: maxLineBytes) { number, line in
            switch line {
            case .tooLong:
                issues.append(DataIssue(file: file, line: number, field: "",
                                        message: "line is longer than \(maxLineBytes) bytes: expected at most \(FieldSplitter.maxColumns) columns of at most \(maxFieldLength) characters"))
            case .text(let bytes):
                if bytes.isEmpty || bytes[0] == UInt8(ascii: "#") || isBlank(bytes) { return }
                if let message = splitter.split(bytes) {
                    issues.append(DataIssue(file: file, line: number, field: "", message: message))
                    return
                }
                sawHeader = true
                row(number, splitter)
            }
        }
        if !sawHeader && issues.isEmpty {
            issues.append(DataIssue(file: file, line: 0, field: "", message: "file is empty: expected a header line"))
        }
        return issues
    }

    private static func isBlank(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        buf.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

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

    /// Parses `bytes`; returns the table, or the problems that made lines unreadable
    /// (those lines are left out of `rows` so that checking can go on).
    public static func parse(_ bytes: [UInt8], file: String, format: Format) -> (DelimitedTable?, [DataIssue]) {
        var issues: [DataIssue] = []
        var header: [String]?
        var headerLine = 0
        var rows: [Row] = []
        var start = 0
        var lineNumber = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 } // UTF-8 byte-order mark
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            while start < n {
                lineNumber += 1
                var end = start
                while end < n && buf[end] != UInt8(ascii: "\n") { end += 1 }
                var lineEnd = end
                if lineEnd > start && buf[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                defer { start = end + 1 }
                if lineEnd == start || buf[start] == UInt8(ascii: "#") { continue }
                if isBlank(buf, start, lineEnd) { continue }
                let slice = UnsafeBufferPointer(rebasing: buf[start..<lineEnd])
                switch splitLine(slice, format: format) {
                case .failure(let message):
                    issues.append(DataIssue(file: file, line: lineNumber, field: "", message: message))
                case .success(let fields):
                    if header == nil {
                        header = fields.map { $0.trimmingASCIISpaces() }
                        headerLine = lineNumber
                    } else {
                        rows.append(Row(line: lineNumber, fields: fields))
                    }
                }
            }
        }
        guard let header else {
            if issues.isEmpty {
                issues.append(DataIssue(file: file, line: 0, field: "", message: "file is empty: expected a header line"))
            }
            return (nil, issues)
        }
        return (DelimitedTable(file: file, header: header, headerLine: headerLine, rows: rows), issues)
    }

    private static func isBlank(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for i in from..<to where buf[i] != UInt8(ascii: " ") && buf[i] != UInt8(ascii: "\t") { return false }
        return true
    }

    private enum Split { case success([String]), failure(String) }

    private static func splitLine(_ line: UnsafeBufferPointer<UInt8>, format: Format) -> Split {
        var fields: [String] = []
        let delimiter = format.delimiter
        var i = 0
        let n = line.count
        while true {
            var bytes: [UInt8] = []
            if format == .csv && i < n && line[i] == UInt8(ascii: "\"") {
                i += 1
                var closed = false
                while i < n {
                    if line[i] == UInt8(ascii: "\"") {
                        if i + 1 < n && line[i + 1] == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\"")); i += 2; continue }
                        i += 1; closed = true; break
                    }
                    bytes.append(line[i]); i += 1
                }
                if !closed { return .failure("unterminated quoted field in column \(fields.count + 1)") }
                if i < n && line[i] != delimiter { return .failure("text after closing quote in column \(fields.count + 1)") }
            } else {
                let s = i
                while i < n && line[i] != delimiter { i += 1 }
                bytes = Array(line[s..<i])
            }
            if bytes.count > maxFieldLength * 4 {
                return .failure("column \(fields.count + 1) is \(bytes.count) bytes long: expected at most \(maxFieldLength) characters")
            }
            // Broken UTF-8 becomes U+FFFD here, and the validator then names the field it is in.
            fields.append(String(decoding: bytes, as: UTF8.self))
            if fields.count > 64 { return .failure("more than 64 columns: expected a \(format.rawValue.uppercased()) row of this file's columns") }
            if i >= n { break }
            i += 1 // skip the delimiter
            if i == n { fields.append(""); break }
        }
        return .success(fields)
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        // Fast path (most cells): no copy and no grapheme breaking when neither end is a space.
        // Loading 100k actors spent about a sixth of its time here.
        guard utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return self }
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)` without Foundation's cost when there is nothing to trim:
    /// if both ends are printable ASCII (not a space or tab) the string is returned as is; anything
    /// else (including non-ASCII whitespace) still goes through Foundation, so results are identical.
    func trimmingWhitespace() -> String {
        func plain(_ b: UInt8?) -> Bool { b.map { $0 > 0x20 && $0 < 0x7F } ?? true }
        if plain(utf8.first) && plain(utf8.last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}

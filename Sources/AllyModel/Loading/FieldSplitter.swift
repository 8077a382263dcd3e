/// Splits one TSV or CSV line into fields, reusing its buffers from line to line so that reading
/// a row allocates nothing. Fields are byte ranges into `bytes`, trimmed of surrounding spaces;
/// `String`s are made only for the fields a decoder asks for.
struct FieldSplitter {
    let format: DelimitedTable.Format
    /// The current line's fields, CSV quotes removed.
    private(set) var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []
    /// Bytes in the current line as read.
    private(set) var lineLength = 0

    /// Most columns a row may have.
    static let maxColumns = 64

    init(format: DelimitedTable.Format) {
        self.format = format
        bytes.reserveCapacity(1024)
        ranges.reserveCapacity(16)
    }

    /// Splits `line`; on failure returns the message and leaves no fields.
    mutating func split(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: line)
        lineLength = line.count
        let delimiter = format.delimiter
        let n = line.count
        var i = 0
        while true {
            var start = i, end: Int
            if format == .csv && i < n && line[i] == UInt8(ascii: "\"") {
                // Unquote into the tail of `bytes`, past the copied line, so ranges stay valid.
                i += 1
                start = bytes.count
                var closed = false
                while i < n {
                    if line[i] == UInt8(ascii: "\"") {
                        if i + 1 < n && line[i + 1] == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\"")); i += 2; continue }
                        i += 1; closed = true; break
                    }
                    bytes.append(line[i]); i += 1
                }
                if !closed { return fail("unterminated quoted field in column \(ranges.count + 1)") }
                if i < n && line[i] != delimiter { return fail("text after closing quote in column \(ranges.count + 1)") }
                end = bytes.count
            } else {
                while i < n && line[i] != delimiter { i += 1 }
                end = i
            }
            if end - start > DelimitedTable.maxFieldLength * 4 {
                return fail("column \(ranges.count + 1) is \(end - start) bytes long: expected at most \(DelimitedTable.maxFieldLength) characters")
            }
            ranges.append(trimmed(start..<end))
            if ranges.count > Self.maxColumns {
                return fail("more than \(Self.maxColumns) columns: expected a \(format.rawValue.uppercased()) row of this file's columns")
            }
            if i >= n { break }
            i += 1 // skip the delimiter
            if i == n { ranges.append(n..<n); break }
        }
        return nil
    }

    var count: Int { ranges.count }

    /// A field as a `String` (broken UTF-8 becomes U+FFFD, which the validator then reports).
    func string(_ i: Int) -> String {
        let r = ranges[i]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    private func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && bytes[lo] == UInt8(ascii: " ") { lo += 1 }
        while hi > lo && bytes[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
        return lo..<hi
    }

    private mutating func fail(_ message: String) -> String {
        ranges.removeAll(keepingCapacity: true)
        return message
    }
}

/// One problem found in a dataset, located precisely enough for a person to fix it.
public struct DataIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line number; 0 when the problem is about the whole file.
    public var line: Int
    public var field: String
    public var message: String

    /// Every text part is made printable here, because messages quote the data they complain
    /// about (a bad id, an unknown column name, a JSON key) and are printed to the terminal:
    /// an ESC or bidi override in the data must not reach it through an error message either.
    public init(file: String, line: Int, field: String, message: String) {
        (self.file, self.line, self.field, self.message) =
            (Self.printable(file), line, Self.printable(field), Self.printable(message))
    }

    /// `text` with each control character (C0, DEL, C1) and bidi override replaced by `?`.
    static func printable(_ text: String) -> String {
        func unsafe(_ v: UInt32) -> Bool {
            v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        guard text.unicodeScalars.contains(where: { unsafe($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(unsafe(s.value) ? "?" : s) }
        return String(scalars)
    }

    /// `actors.tsv:12: lat: expected a number between -90 and 90, got "abc"`
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return field.isEmpty ? "\(place): \(message)" : "\(place): \(field): \(message)"
    }
}

/// Loading failed; every problem found is listed, not just the first.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    public var issues: [DataIssue]
    public init(_ issues: [DataIssue]) { self.issues = issues }

    public var description: String {
        let shown = issues.prefix(200).map(\.description)
        let more = issues.count > 200 ? ["... and \(issues.count - 200) more problems"] : []
        return (shown + more).joined(separator: "\n")
    }

    /// sysexits.h EX_DATAERR: the input data was incorrect.
    public static let exitCode: Int32 = 65
}

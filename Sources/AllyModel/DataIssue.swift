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

    static func printable(_ text: String) -> String { TextSafety.printable(text) }

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
}

import AllyModel

/// A place to come back to (`:mark a`, then `'a`): the region, the selection and the scenario.
public struct Bookmark: Sendable, Equatable {
    public var region: Region
    public var selectedID: String?
    /// The scenario's name (names outlive positions: saved scenarios come and go between runs).
    public var scenario: String

    public init(region: Region, selectedID: String?, scenario: String) {
        (self.region, self.selectedID, self.scenario) = (region, selectedID, scenario)
    }
}

extension Bookmark {
    /// The marks file's line for mark `letter`: `a<TAB>europe<TAB>poland<TAB>us-retrenchment`.
    public static func line(_ letter: Character, _ mark: Bookmark) -> String {
        // Tabs and line breaks would split the line; no id or name has them, but a hand-made config might.
        func field(_ s: String) -> String { String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 }) }
        return [String(letter), mark.region.rawValue, field(mark.selectedID ?? ""), field(mark.scenario)].joined(separator: "\t")
    }

    /// The marks read back from the file's lines; lines that are not marks are skipped.
    public static func marks(fromLines lines: [String]) -> [Character: Bookmark] {
        var out: [Character: Bookmark] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, fields[0].count == 1, let letter = fields[0].first, letter.isASCII, letter.isLowercase,
                  let region = Region(rawValue: fields[1]) else { continue }
            out[letter] = Bookmark(region: region, selectedID: fields[2].isEmpty ? nil : fields[2], scenario: fields[3])
        }
        return out
    }

    /// All marks as the file's lines, in letter order.
    public static func lines(_ marks: [Character: Bookmark]) -> [String] {
        marks.sorted { $0.key < $1.key }.map { line($0.key, $0.value) }
    }
}

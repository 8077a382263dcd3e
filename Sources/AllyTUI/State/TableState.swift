import AllyModel

/// What the explorer's main area shows: the map, or the table of allies (`t`).
public enum MainView: String, Sendable, Hashable {
    case map, table

    /// The key that switches to the table and back, also drawn on the title bar's tab.
    public static let tableKey: Character = "t"
}

/// A column of the ally table. Each has a key that sorts by it, shown in the header.
public enum TableColumn: String, Sendable, Hashable, CaseIterable {
    case ally, region, reliance, commitment, exposure, risk, level, change, known

    /// The sort key (in the table); letters that mean nothing else there.
    public var key: Character {
        switch self {
        case .ally: return "a"
        case .region: return "o"
        case .reliance: return "e"
        case .commitment: return "m"
        case .exposure: return "x"
        case .risk: return "r"
        case .level: return "v"
        case .change: return "d"
        case .known: return "w"
        }
    }

    /// The header title when the column is narrow.
    public var shortTitle: String {
        switch self {
        case .ally: return "Ally"
        case .region: return "Region"
        case .reliance: return "Rel"
        case .commitment: return "Com"
        case .exposure: return "Exp"
        case .risk: return "Risk"
        case .level: return "Level"
        case .change: return "Δ"
        case .known: return "Known"
        }
    }

    /// The header title when the column is wide, and in the Markdown copy.
    public var title: String {
        switch self {
        case .reliance: return "Reliance"
        case .commitment: return "Commitment"
        case .exposure: return "Exposure"
        case .change: return "Δ risk"
        default: return shortTitle
        }
    }

    /// What sorting by the column means, for the frame title and the status line.
    public var sortName: String {
        switch self {
        case .ally: return "name"
        case .region: return "region"
        case .reliance: return "reliance"
        case .commitment: return "commitment"
        case .exposure: return "exposure"
        case .risk: return "risk"
        case .level: return "risk level"
        case .change: return "change in risk"
        case .known: return "share known"
        }
    }

    /// The score the column shows, if it shows one.
    public var scoreKind: ScoreKind? { ScoreKind(rawValue: rawValue) }

    /// Numbers line up on the right (on screen and in Markdown); names and words on the left.
    public var isNumeric: Bool { scoreKind != nil || self == .change || self == .known }

    /// Names read A to Z first; numbers highest (or largest change) first.
    public var descendingFirst: Bool { self != .ally && self != .region }

    /// The column whose key is `key`, if any.
    public static func column(forKey key: Character) -> TableColumn? { allCases.first { $0.key == key } }
}

/// A column to sort by and which way.
public struct TableSort: Sendable, Hashable {
    public var column: TableColumn
    public var descending: Bool

    public init(_ column: TableColumn, descending: Bool? = nil) {
        self.column = column
        self.descending = descending ?? column.descendingFirst
    }

    /// "risk, highest first", "name, A to Z", "change in risk, largest first".
    public var description: String {
        switch column {
        case .ally, .region: return "\(column.sortName), \(descending ? "Z to A" : "A to Z")"
        case .change: return "\(column.sortName), \(descending ? "largest" : "smallest") first"
        case .level: return "\(column.sortName), \(descending ? "high" : "low") first"
        default: return "\(column.sortName), \(descending ? "highest" : "lowest") first"
        }
    }
}

/// What decides the ally table's rows: whose they are, the scenario their scores come from,
/// the order and the filter.
public struct TableQuery: Sendable, Hashable {
    public var region: Region
    public var scenarioIndex: Int
    public var sort: TableSort
    public var filter: String
    public var showsAdversaries: Bool

    public init(region: Region, scenarioIndex: Int, sort: TableSort, filter: String, showsAdversaries: Bool) {
        (self.region, self.scenarioIndex, self.sort, self.filter, self.showsAdversaries) = (region, scenarioIndex, sort, filter, showsAdversaries)
    }
}

/// How the ally table is sorted and filtered, and where it is scrolled to. The rows themselves
/// are derived (`Derived.tableRows`); the cursor is the state's selection.
public struct TableState: Sendable, Hashable {
    public var sort = TableSort(.ally)
    /// Text typed after `/`: only actors whose name, code or alias contains it are listed.
    public var filter = ""
    /// Adversaries and armed groups are listed too (after the allies, without scores).
    public var showsAdversaries = false
    /// The first row shown, while the rows are those of `offsetQuery`.
    public var offset = 0
    /// The rows `offset` was set for: another region, order or filter starts at the top.
    public var offsetQuery: TableQuery?

    public init() {}

    /// The first row shown for `query`'s rows (the top for rows not shown before).
    public func offset(for query: TableQuery) -> Int { query == offsetQuery ? offset : 0 }
}

extension TableState {
    /// The first row to show: `stored`, moved just enough to show row `selected`, and never
    /// past the point where the last page is full. The view draws with it and the reducer keeps
    /// it, so both agree on what is on screen.
    public static func visibleOffset(stored: Int, selected: Int?, count: Int, rows: Int) -> Int {
        let rows = max(1, rows)
        var offset = stored
        if let selected {
            if selected < offset { offset = selected } else if selected >= offset + rows { offset = selected - rows + 1 }
        }
        return max(0, min(offset, count - rows))
    }
}

import AllyModel

/// Which columns of the ally table fit in a width, and how wide each is.
///
/// Columns drop in a fixed order of priority until the rest fit (the ally's name and its risk
/// stay longest); spare width then goes to longer names, then to score bands.
public struct TableLayout: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var column: TableColumn
        public var width: Int
        /// Scores with their band ("73* 68–80") and full titles.
        public var wide: Bool
    }

    public let columns: [Column]

    /// Space before the first column and between columns.
    public static let margin = 1, gap = 1
    /// The order columns drop in when the width is short, first dropped first.
    static let dropOrder: [TableColumn] = [.known, .region, .commitment, .reliance, .exposure, .change, .level, .risk]
    /// How many of `dropOrder` may go to keep names comfortably wide.
    static let essential = 5
    /// The order score columns gain their band in when there is room.
    static let widenOrder: [TableColumn] = [.risk, .exposure, .reliance, .commitment]
    static let minimumName = 10, comfortableName = 16, maximumName = 26
    /// A band note in a wide score column, right-aligned: " 100–100".
    public static let bandWidth = 8

    /// - Parameters:
    ///   - candidates: the columns worth showing here, in display order.
    ///   - longestName: the widest ally name among the rows.
    ///   - longestLevel: the widest level cell ("medium", or "armed group" when threats are listed).
    public init(width: Int, candidates: [TableColumn], longestName: Int, longestLevel: Int = 7) {
        var shown = candidates
        func compact(_ c: TableColumn) -> Int { Self.width(of: c, wide: false, longestLevel: longestLevel) }
        func used(_ cols: [TableColumn], name: Int) -> Int {
            Self.margin + name + cols.filter { $0 != .ally }.reduce(0) { $0 + Self.gap + compact($1) }
        }
        let preferred = min(Self.maximumName, max(Self.minimumName, longestName))
        // Names are worth more than the first columns to go: drop those before cutting most
        // names; the last ones (change, level, risk) go only when even short names do not fit.
        let comfortable = min(preferred, Self.comfortableName)
        for (i, c) in Self.dropOrder.enumerated() where used(shown, name: i < Self.essential ? comfortable : Self.minimumName) > width {
            shown.removeAll { $0 == c }
        }
        let name = max(1, min(preferred, width - used(shown, name: 0)))
        var spare = width - used(shown, name: name)
        var wide: Set<TableColumn> = []
        for c in Self.widenOrder where shown.contains(c) {
            let extra = Self.width(of: c, wide: true, longestLevel: longestLevel) - compact(c)
            if extra <= spare { wide.insert(c); spare -= extra }
        }
        columns = shown.map { c in
            Column(column: c, width: c == .ally ? name : Self.width(of: c, wide: wide.contains(c), longestLevel: longestLevel),
                   wide: wide.contains(c))
        }
    }

    /// A column's width: room for its header (key, title and sort arrow) and its widest value.
    static func width(of c: TableColumn, wide: Bool, longestLevel: Int) -> Int {
        let header = 2 + DisplayWidth.of(wide ? c.title : c.shortTitle) + 1
        switch c {
        case .ally: return header
        case .region: return max(header, 11)                    // "Middle East"
        case .reliance, .commitment, .exposure, .risk:
            return max(header, wide ? 4 + bandWidth : 5)         // "100*" and " 100–100", or "30–68"
        case .level: return max(header, longestLevel)
        case .change: return max(header, 5)                     // "-100", and "d chg" without Unicode
        case .known: return max(header, 4)                      // "100%"
        }
    }

    /// Where each column starts, from the left edge of the table's text area.
    public var offsets: [Int] {
        var x = Self.margin
        return columns.map { col in
            defer { x += col.width + Self.gap }
            return x
        }
    }
}

/// How the compare view splits its width: a label column, one group per ally, and on wide
/// screens a difference column. Under a what-if each group holds baseline, what-if and change.
struct CompareColumns: Equatable {
    /// Text widths from which a difference column (left − right) and the figures' sources show.
    static let wideFrom = 140

    let label: Int
    /// Width of each ally's group.
    let group: Int
    /// Sub-columns of a group: one (the value) at the baseline; baseline, what-if and change under a what-if.
    let parts: [Int]
    /// Width of the difference column; 0 when there is none.
    let difference: Int

    init(width: Int, whatIf: Bool) {
        let wide = width >= Self.wideFrom
        if wide {
            label = 30
        } else if width >= 100 {
            label = min(30, width / 4)
        } else {
            // Narrow: names as long as the allies' cells allow (at least 18 columns each, 24 for
            // the three cells of a what-if), so labels are cut as little as possible.
            label = max(14, min(28, width - 2 - 2 * (whatIf ? 24 : 18)))
        }
        difference = wide ? 20 : 0
        group = max(10, (width - label - difference - 2) / 2)
        if whatIf {
            let change = max(7, group / 4)
            let base = (group - change) / 2
            parts = [base, group - change - base, change]
        } else {
            parts = [group]
        }
    }

    var wide: Bool { difference > 0 }

    /// Bars beside scores: long ones where there is room, none where a cell is narrow.
    func barWidth(forCell cell: Int) -> Int {
        if cell >= 60 { return 20 }
        return cell >= 16 ? 8 : 0
    }

    /// The sub-column headings under a what-if, shortened where a cell is narrow.
    var whatIfHeadings: [String] {
        zip(["baseline", "what-if", "change"], parts).map { word, cell in
            DisplayWidth.of(word) < cell ? word : word == "baseline" ? "base" : word
        }
    }

    /// Text padded (or cut with `…`) to `width`, leaving at least one blank column after it.
    static func pad(_ s: String, _ width: Int) -> String {
        DisplayWidth.pad(DisplayWidth.of(s) >= width && width > 2 ? DisplayWidth.truncate(s, to: width - 1) : s, to: width)
    }
}

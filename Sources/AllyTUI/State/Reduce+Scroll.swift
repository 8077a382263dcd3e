extension AppState {
    /// The text scrolling keys act on: help, detail or compare when open, else the focused text
    /// pane (in tabbed layouts, the visible one).
    var scrollTarget: Scrollable? {
        switch mode {
        case .help: return .help
        case .detail: return .detail
        case .tour: return .tour
        case .compare: return .compare
        default:
            if focus != .map { return .pane(focus) }
            return layout.tabbedPane != nil ? .pane(tabbedPane) : nil
        }
    }

    /// Lines a page key moves: the visible rows less one kept for context (help: all of them).
    var pageSize: Int {
        guard let target = scrollTarget else { return 1 }
        let rows = measured.rows(target)
        return target == .help ? rows : max(1, rows - 1)
    }

    func offset(of target: Scrollable) -> Int {
        switch target {
        case .pane(let pane): return scrollOffset(pane)
        case .detail: return detailScroll
        case .compare: return compareScroll
        case .help: return helpScroll
        case .table: return table.offset
        case .claimsBoard: return claimsBoard.offset
        case .tour: return tour?.scroll ?? 0
        case .inspect: if case .inspect(let inspect) = mode { return inspect.cardScroll }; return 0
        }
    }

    mutating func setOffset(_ value: Int, of target: Scrollable) {
        switch target {
        case .pane(let pane): scroll[pane] = value
        case .detail: detailScroll = value
        case .compare: compareScroll = value
        case .help: helpScroll = value
        case .table: table.offset = value
        case .claimsBoard: claimsBoard.offset = value
        case .tour: tour?.scroll = value
        case .inspect:
            if case .inspect(var inspect) = mode { inspect.cardScroll = value; mode = .inspect(inspect) }
        }
    }

    mutating func scrollText(by n: Int) {
        guard let target = scrollTarget else { return }
        scroll(target, by: n)
    }

    mutating func scrollText(to offset: Int) {
        guard let target = scrollTarget else { return }
        setOffset(offset, of: target)
        clampScrolls()
    }

    mutating func scrollFocused(by n: Int) { scrollText(by: n) }

    mutating func scroll(_ target: Scrollable, by n: Int) {
        let current = offset(of: target)
        setOffset(n > 0 && current > Int.max - n ? Int.max : max(0, current + n), of: target)
        clampScrolls()
    }

    /// Back to the top of every text; what was measured of them no longer holds.
    mutating func resetScrolls() {
        scroll = [:]
        detailScroll = 0
        // The help, the tour's card and the table show the same lines whatever is selected.
        let kept: Set<Scrollable> = [.help, .tour, .table]
        for target in measured.extents.keys where !kept.contains(target) { measured.extents[target] = nil }
    }

    /// Keeps every offset within the content the last frame measured (unmeasured texts are
    /// clamped by the view as it draws, and here once measured).
    mutating func clampScrolls() {
        for (pane, offset) in scroll {
            scroll[pane] = clamp(offset, measured.maxOffset(.pane(pane)))
        }
        detailScroll = clamp(detailScroll, measured.maxOffset(.detail))
        compareScroll = clamp(compareScroll, measured.maxOffset(.compare))
        helpScroll = clamp(helpScroll, measured.maxOffset(.help))
        table.offset = clamp(table.offset, measured.maxOffset(.table))
        if let offset = tour?.scroll {
            let clamped = clamp(offset, measured.maxOffset(.tour))
            tour?.scroll = clamped
        }
        if case .inspect(var inspect) = mode, inspect.cardScroll != clamp(inspect.cardScroll, measured.maxOffset(.inspect)) {
            inspect.cardScroll = clamp(inspect.cardScroll, measured.maxOffset(.inspect))
            mode = .inspect(inspect)
        }
    }

    private func clamp(_ offset: Int, _ limit: Int?) -> Int {
        max(0, limit.map { min(offset, $0) } ?? offset)
    }
}

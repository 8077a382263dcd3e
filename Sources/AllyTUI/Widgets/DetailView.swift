import AllyModel

/// Enter on an ally: everything known about it, full screen and scrollable.
public enum DetailView {
    public static func lines(state: AppState, width: Int) -> [StyledLine] {
        guard let actor = state.selected else { return [] }
        var out: [StyledLine] = []
        out.append(PaneContent.header(actor))
        let place = actor.host.isEmpty ? actor.capital : "\(actor.capital), \(actor.host)"
        out.append(StyledLine("Based at \(place) — \(actor.source.name)", Theme.dim))
        if actor.kind != .ally {
            return (out + [.empty] + PaneContent.nonAlly(actor, state)).flatMap { $0.wrapped(to: width, indent: 2) }
        }
        func section(_ title: String, _ lines: [StyledLine]) {
            guard !lines.isEmpty else { return }
            out.append(.empty)
            out.append(StyledLine(title.uppercased(), Theme.accent.bolded))
            out += lines
        }
        section("Dependency", Array(PaneContent.dependency(state, width: width).dropFirst()))
        section("Risk", Array(PaneContent.risk(state, width: width).dropFirst()))
        let other = AllyProfile(ally: actor, in: state.dataset).other
        section("Other figures", PaneContent.figureLines(other))
        section("Events", PaneContent.events(state))
        section("Claims", PaneContent.claims(state))
        out.append(.empty)
        out.append(StyledLine("~ and yellow mark low-confidence figures; grey \"unknown\" means no source has a figure.", Theme.dim))
        return out.flatMap { $0.wrapped(to: width, indent: 2) }
    }

    public static func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        let title = "\(state.selected?.name ?? "") — detail"
        PaneFrame.draw(into: &buffer, frame: area, title: title, focused: true, unicode: state.unicode)
        let inner = area.inset(by: 1)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let lines = Self.lines(state: state, width: content.width)
        PaneFrame.drawLines(lines, offset: state.detailScroll, into: &buffer, area: content)
        if let footer = PaneFrame.scrollFooter(total: lines.count, offset: state.detailScroll, height: content.height, unicode: state.unicode) {
            buffer.write(footer, x: area.maxX - DisplayWidth.of(footer) - 2, y: area.maxY - 1, style: Theme.dim, clip: area)
        }
    }
}

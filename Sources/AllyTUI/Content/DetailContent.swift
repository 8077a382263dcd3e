import AllyModel

/// Enter on an ally: everything known about it, as one long text for the detail view.
public enum DetailContent {
    public static func lines(state: ViewState, width: Int) -> [StyledLine] {
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
        out.append(StyledLine("~ and \(state.colorTheme.colourName(of: Theme.weak.foreground)) mark low-confidence figures; grey \"unknown\" means no source has a figure.", Theme.dim))
        return out.flatMap { $0.wrapped(to: width, indent: 2) }
    }
}

/// Where the tour's card goes: over the Claims and Events panes when all panes show (the map and
/// the score panes stay), in place of the tabbed pane otherwise.
enum TourLayout {
    static let coveredPanes: Set<PaneID> = [.claims, .events]

    static func card(in layout: ExplorerLayout) -> Rect? {
        if let tabbed = layout.tabbedPane { return tabbed }
        guard let claims = layout.panes[.claims], let events = layout.panes[.events] else { return nil }
        return Rect(x: claims.x, y: claims.y, width: events.maxX - claims.x, height: max(claims.height, events.height))
    }
}

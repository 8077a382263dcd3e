import AllyModel

/// What the explorer draws while its dataset is still decoding: the title bar's tabs, the
/// region's outlines in the map pane and the empty frames of the other panes, each where the
/// first full frame puts it. That frame then only adds markers, text and the status bar, and
/// the terminal has already shown the heaviest part (the braille outlines) meanwhile. There is
/// no status bar: the screen is not ready for keys until it appears.
public struct LoadingFrame {
    public var screen: Size
    public var region: Region
    public var theme: ColorTheme
    public var unicode: Bool

    public init(screen: Size, region: Region, theme: ColorTheme, unicode: Bool) {
        (self.screen, self.region, self.theme, self.unicode) = (screen, region, theme, unicode)
    }

    /// The frame, or nil when the screen is too small for the explorer (its notice needs no head start).
    public func render() -> Buffer? {
        let layout = ExplorerLayout(size: screen)
        guard layout.kind != .tooSmall else { return nil }
        var buffer = Buffer(size: screen)
        TitleBar(tabs: TitleBar.explorerTabs(region: region, tableShown: false), info: "loading…", emphasised: false)
            .render(into: &buffer, area: layout.titleBar)
        // The default state's focus is the map; the tabbed pane (small screens) shows its first tab.
        PaneFrame(title: ExplorerView.mapTitle(region), focused: true, unicode: unicode).render(into: &buffer, area: layout.map)
        let inner = layout.map.inset(by: 1)
        buffer.fill(inner, with: Cell(" ", style: MarkerStyle.land))
        MapView(region: region, charset: unicode ? .braille : .ascii).draw(into: &buffer, area: inner)
        for pane in PaneID.textPanes {
            guard let frame = layout.panes[pane] else { continue }
            PaneFrame(title: pane.title, focused: false, unicode: unicode).render(into: &buffer, area: frame)
        }
        if let tabbed = layout.tabbedPane {
            PaneFrame(title: "", focused: false, tabs: .dependency, unicode: unicode).render(into: &buffer, area: tabbed)
        }
        buffer.recolour(theme)
        if !unicode { buffer.foldToASCII() }
        return buffer
    }
}

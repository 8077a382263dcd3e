import AllyModel

/// Everything the explorer shows, as a value: `reduce` changes it, `ExplorerView` draws it.
public struct AppState: Sendable {
    public let dataset: Dataset
    /// Scores under the current scenario (and the baseline, for deltas).
    public var assessment: Assessment
    public var region: Region
    /// The selected actor (an ally, or any actor reached by search).
    public var selectedID: String?
    /// The selection to return to when coming back to a region.
    public var selectionByRegion: [Region: String] = [:]
    public var focus: PaneID = .map
    /// The text pane shown in tabbed layouts while the map has focus.
    public var tabbedPane: PaneID = .dependency
    public var scroll: [PaneID: Int] = [:]
    public var detailScroll = 0
    public var helpScroll = 0
    public var mode: Mode = .normal
    /// The last finished search, for `n` / `N`.
    public var lastSearch: SearchState?
    public var screen: Size
    /// False when the terminal cannot show braille (the map falls back to ASCII).
    public var unicode: Bool
    /// A transient message for the status bar.
    public var status: String?
    /// Wrapped pane text, reused between frames (see `PaneLinesCache`).
    public let paneCache = PaneLinesCache()
    /// Map markers per region and pane size, reused between frames (see `MapMarkerCache`).
    public let markerCache = MapMarkerCache()
    /// Allies' positions per region for the arrows (see `AllyPlacesCache`).
    public let allyPlaces = AllyPlacesCache()
    /// Folded names for live search, built when first idle (see `SearchIndex`).
    public let searchIndex = SearchIndex()

    public init(dataset: Dataset, assessment: Assessment? = nil, region: Region = .middleEast,
                screen: Size = Size(width: 120, height: 40), unicode: Bool = true) {
        self.dataset = dataset
        self.assessment = assessment ?? Assessment(dataset: dataset)
        self.region = region
        self.screen = screen
        self.unicode = unicode
        self.selectedID = defaultSelection(in: region)
    }

    public var layout: ExplorerLayout { ExplorerLayout(size: screen) }

    public var selected: Actor? { selectedID.flatMap { dataset.actor($0) } }

    /// The text pane currently shown in a tabbed layout.
    public var currentTextPane: PaneID { focus == .map ? tabbedPane : focus }

    /// Allies the arrows move between: those of the region (all of them on the world view).
    public var navigableAllies: [AllyPlacesCache.Place] { allyPlaces.allies(in: region, of: dataset) }

    /// The first ally of a region, in dataset order.
    public func defaultSelection(in region: Region) -> String? {
        dataset.firstAlly(in: region)?.id
    }

    public func scrollOffset(_ pane: PaneID) -> Int { scroll[pane] ?? 0 }
}

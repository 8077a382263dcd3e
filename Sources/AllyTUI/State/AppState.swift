import AllyModel

/// Everything the explorer shows, as plain values: `reduce` changes it, `ExplorerView` draws it.
///
/// Nothing computed lives here: scores, wrapped text, marker placement and the search index are
/// derived from these values by `Derived`, and the sizes the last frame measured come back from
/// the view as `Event.measured`.
public struct AppState: Sendable {
    public let dataset: Dataset
    /// Scenarios the `s` picker lists; the first is the baseline.
    public let scenarios: [Scenario]
    public var scenarioIndex = 0
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
    public var compareScroll = 0
    public var helpScroll = 0
    public var mode: Mode = .normal
    /// The map, or the ally table (`t`), in the main area.
    public var mainView: MainView = .map
    /// The ally table's order, filter and scroll position.
    public var table = TableState()
    /// The last finished search, for `n` / `N`.
    public var lastSearch: SearchState?
    public var screen: Size
    /// False when the terminal cannot show braille (the map falls back to ASCII).
    public var unicode: Bool
    /// Where the claims board stands (scope, filter, cursor), kept while it is closed.
    public var claimsBoard = ClaimsBoardState()
    /// A transient message for the status bar.
    public var status: String?
    /// Why the terminal cannot take an OSC 52 copy (e.g. "TERM=linux has no clipboard"); nil
    /// when copying should work. Set by the program from what it knows of the terminal.
    public var clipboardRefusal: String?
    /// The guided tour's position; nil until the tour is first opened.
    public var tour: TourPosition?
    /// What the last frame measured: content lengths, visible rows and clickable areas.
    public var measured = Measurements()
    /// The weights scores are computed with: the saved ones, changed by `:weight` for this session.
    /// `Derived` is built with the same; `Effect.reweigh` keeps the two in step.
    public var weights: ScoreWeights = .default
    /// Command lines run before, for ↑ and ↓ on the `:` line.
    public var history = CommandHistory()
    /// Places set with `:mark`, by letter.
    public var marks: [Character: Bookmark] = [:]
    /// The colours the explorer is drawn in (`--theme`).
    public var colorTheme: ColorTheme = .dark
    /// False when the terminal shows no colour (NO_COLOR): legends and help then name none.
    public var colours = true
    /// Whether the map shows its legend strip (`L`).
    public var legend = true

    public init(dataset: Dataset, scenarios: [Scenario] = [.baseline], region: Region = .middleEast,
                screen: Size = Size(width: 120, height: 40), unicode: Bool = true) {
        self.dataset = dataset
        self.scenarios = scenarios.isEmpty ? [.baseline] : scenarios
        self.region = region
        self.screen = screen
        self.unicode = unicode
        self.selectedID = dataset.firstAlly(in: region)?.id
    }

    /// The screen's geometry; a what-if takes a row for its banner.
    public var layout: ExplorerLayout { ExplorerLayout(size: screen, banner: whatIfActive) }

    public var selected: Actor? { selectedID.flatMap { dataset.actor($0) } }

    public var scenario: Scenario { scenarios[scenarioIndex] }

    /// Whether a scenario other than the baseline is in force (every score is then hypothetical).
    public var whatIfActive: Bool { scenarioIndex != 0 }

    /// The text pane currently shown in a tabbed layout.
    public var currentTextPane: PaneID { focus == .map ? tabbedPane : focus }

    /// The first ally of a region, in dataset order.
    public func defaultSelection(in region: Region) -> String? {
        dataset.firstAlly(in: region)?.id
    }

    public func scrollOffset(_ pane: PaneID) -> Int { scroll[pane] ?? 0 }
}

import AllyModel

/// A command line read and checked against the data: every name is resolved to an id, every
/// number is in range. Running one cannot fail half-way, so an error never leaves the screen
/// half-changed.
public enum Command: Sendable, Equatable {
    case region(Region)
    /// Select an actor (by id).
    case goto(String)
    /// Compare `other` with `first` (nil: the selected ally).
    case compare(first: String?, other: String)
    /// Sort the ally table by a column (nil: the column's usual way).
    case sort(TableColumn, descending: Bool?)
    /// Show only the table rows containing the text (empty: all rows).
    case filter(String)
    /// Show the table of a region (`:filter asia`: no ally is called that).
    case filterRegion(Region)
    /// Put the scenario at this index of `AppState.scenarios` in force.
    case scenario(Int)
    /// The session's weights with one changed, and the setting as typed (for the status line).
    case weight(ScoreWeights, setting: String)
    /// Open the tour, at a paragraph number if given.
    case tour(paragraph: Int?)
    /// Set a mark; nil lists the marks.
    case mark(Character?)
    /// Write a brief of the view to a file (.md or .html).
    case export(path: String)
    /// The help overlay, or one command's usage.
    case help(command: String?)
    case quit
}

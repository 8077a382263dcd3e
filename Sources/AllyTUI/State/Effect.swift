import AllyModel

/// Something the outside world must do after a state change. `reduce` only returns these; the
/// loop runs them, so the core stays free of I/O.
public enum Effect: Sendable, Equatable {
    case quit
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Add a command line to the history file (the glue writes it; failures come back as `Event.notice`).
    case saveHistory(String)
    /// Write every mark to the marks file.
    case saveMarks([Character: Bookmark])
    /// Write a brief of the view (`:export`); the outcome comes back as `.notice` or `.commandFailed`.
    case exportBrief(BriefRequest)
    /// Score with these weights from now on (`:weight`): the glue rebuilds the derived data.
    case reweigh(ScoreWeights)
}

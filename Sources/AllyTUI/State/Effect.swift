/// Something the outside world must do after a state change. `reduce` only returns these; the
/// loop runs them, so the core stays free of I/O.
public enum Effect: Sendable, Equatable {
    case quit
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
}

/// Something that happened, fed to `reduce` by the loop (or by a test).
public enum Event: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// What the frame just drawn measured (scroll limits, click targets).
    case measured(Measurements)
    /// A command the outside world ran failed (an export that could not write): the line opens
    /// again with the text and the reason, to be fixed or cancelled.
    case commandFailed(line: String, message: String)
    /// Something the outside world wants said in the status line.
    case notice(String)
    /// Work done off the loop (the score bands) is in: draw again.
    case refresh
}

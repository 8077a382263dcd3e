/// Something that happened, fed to `reduce` by the loop (or by a test).
public enum Event: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// What the frame just drawn measured (scroll limits, click targets).
    case measured(Measurements)
    /// Work done off the loop (the score bands) is in: draw again.
    case refresh
}

/// Something that happened, fed to `reduce` by the backend (or by a test).
public enum Event: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// Periodic wake-up (e.g. to clear a transient status message).
    case tick
}

/// Where the reader is in the guided tour; kept after leaving it, so `T` resumes there.
public struct TourPosition: Sendable, Hashable {
    /// Index into the dataset's tour steps.
    public var step = 0
    /// Whether the step's full evidence list is open (Enter).
    public var expanded = false
    /// The evidence row under the cursor while the list is open.
    public var evidence = 0
    /// The card's scroll offset.
    public var scroll = 0

    public init(step: Int = 0) { self.step = step }
}

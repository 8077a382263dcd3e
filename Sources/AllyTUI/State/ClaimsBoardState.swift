import AllyModel

/// Which claims the board lists: those about the selected actor, those about the region on the
/// map (and the world), or every claim.
public enum ClaimScope: Sendable, Hashable, CaseIterable {
    case selection, region, all
}

/// The claims board's place, kept while it is closed so `C` returns to it.
public struct ClaimsBoardState: Sendable, Equatable {
    public var scope: ClaimScope = .selection
    /// Only claims with this verdict; nil lists every verdict.
    public var filter: Verdict?
    /// The claim under the cursor (nil: the first listed).
    public var cursor: String?
    /// With a claim's evidence open, the item under the cursor in it; nil shows the list.
    public var evidence: Int?
    /// First line shown, as the last frame settled it (the view keeps the cursor in sight).
    public var offset = 0

    public init() {}
}

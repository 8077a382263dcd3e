import AllyModel

/// The claims board's lists, kept between keys: moving the cursor or redrawing reuses them.
///
/// A board is a pure function of what is in the key (the dataset never changes for one
/// explorer; verdicts are computed against the baseline), so the reducer and the view, which
/// both read it on every key in the board, build it once. A reference type shared by copies of
/// the state, guarded by a lock; it holds a few entries.
public final class ClaimBoardCache: @unchecked Sendable {
    struct Key: Hashable {
        var scope: ClaimScope
        /// The selected actor for the selection's scope (nil otherwise).
        var focus: String?
        var region: Region
        var runChecks: Bool
        /// Verdicts of deferred checks computed so far (a list that defers them changes as they are).
        var checked: Int
    }

    /// A board's list as drawn: filtered and wrapped to a width.
    struct ListKey: Hashable {
        var board: Key
        var filter: Verdict?
        var width: Int
        var unicode: Bool
    }

    private let lock = Lock()
    private var entries: [Key: ClaimBoard] = [:]
    private var lists: [ListKey: ClaimsBoardContent.List] = [:]
    private static let capacity = 16

    public init() {}

    func board(for key: Key, build: () -> ClaimBoard) -> ClaimBoard {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let board = build()
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = board
        lock.unlock()
        return board
    }

    /// The wrapped list of a board, built the first time it is drawn at a width (moving the
    /// cursor only redraws the bar beside it).
    func list(for key: ListKey, build: () -> ClaimsBoardContent.List) -> ClaimsBoardContent.List {
        lock.lock()
        if let hit = lists[key] { lock.unlock(); return hit }
        lock.unlock()
        let list = build()
        lock.lock()
        if lists.count >= Self.capacity { lists.removeAll(keepingCapacity: true) }
        lists[key] = list
        lock.unlock()
        return list
    }
}

import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Remembers the wrapped lines of recently drawn panes.
///
/// A pane's text is a pure function of what is in the key (the dataset and weights never change
/// for one explorer), so a frame that only moves the cursor or scrolls reuses it instead of
/// rebuilding and re-wrapping hundreds of lines. A reference type shared by copies of the state,
/// guarded by a lock; it holds a few dozen entries at most.
public final class PaneLinesCache: @unchecked Sendable {
    struct Key: Hashable {
        var pane: PaneID
        var selectedID: String?
        /// Nil for an ally's panes, which do not depend on it.
        var region: Region?
        var width: Int
        var unicode: Bool
        var scenarioIndex: Int
        var checkedVerdicts: Int
        /// Score panes drawn before the bands were in are built again once they are.
        var bandsReady: Bool
        /// Components the open tour step rests on (marked in the score panes).
        var focus: [String]
    }

    private let lock = Lock()
    private var entries: [Key: [StyledLine]] = [:]
    private static let capacity = 64

    public init() {}

    func lines(for key: Key, build: () -> [StyledLine]) -> [StyledLine] {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let lines = build()
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = lines
        lock.unlock()
        return lines
    }
}

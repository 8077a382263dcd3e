import AllyModel

/// The tour, computed once: its sturdiness search rescores the claims under every preset and
/// weight change, too much to redo per frame.
final class TourCache: @unchecked Sendable {
    private let lock = Lock()
    private var built: Tour?

    func tour(model: ScoringModel) -> Tour {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = Tour(model: model)
        built = made
        return made
    }
}

import AllyModel
@testable import AllyTUI

/// The default dataset, loaded once for all explorer tests.
let defaultDataset: Dataset = try! DatasetLoader.loadDefault()

extension ExplorerSession {
    /// A session over the default dataset at a given size and region.
    static func fixture(width: Int = 120, height: Int = 40, region: Region = .middleEast, unicode: Bool = true,
                        scenarios: [Scenario] = [.baseline]) -> ExplorerSession {
        ExplorerSession(dataset: defaultDataset, scenarios: scenarios, region: region, screen: Size(width: width, height: height), unicode: unicode)
    }

    /// Sends keys in order, each followed by a frame as the loop draws one; returns the effects of the last.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = send(.key(key)) }
        return effects
    }

    /// Selects an actor as a search would, then draws.
    mutating func select(_ id: String) {
        state.select(id)
        if let measured = frame().measurements { reduce(&state, .measured(measured), derived) }
    }

    func scrollOffset(_ pane: PaneID) -> Int { state.scrollOffset(pane) }

    mutating func type(_ text: String) {
        for c in text { send(.key(.char(c))) }
    }
}

extension AppState {
    static func fixture(width: Int = 120, height: Int = 40, region: Region = .middleEast, unicode: Bool = true,
                        scenarios: [Scenario] = [.baseline]) -> ExplorerSession {
        ExplorerSession.fixture(width: width, height: height, region: region, unicode: unicode, scenarios: scenarios)
    }
}

extension ExplorerView {
    init(_ session: ExplorerSession) { self.init(session.state, session.derived) }
}

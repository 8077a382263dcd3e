import AllyModel
@testable import AllyTUI

/// The default dataset, loaded once for all explorer tests.
let defaultDataset: Dataset = try! DatasetLoader.loadDefault()

extension AppState {
    /// A state over the default dataset at a given size and region.
    static func fixture(width: Int = 120, height: Int = 40, region: Region = .middleEast, unicode: Bool = true) -> AppState {
        var state = AppState(dataset: defaultDataset, region: region, screen: Size(width: width, height: height), unicode: unicode)
        reduce(&state, .resize(Size(width: width, height: height)))
        return state
    }

    /// Sends keys in order; returns the effects of the last one.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = reduce(&self, .key(key)) }
        return effects
    }

    mutating func type(_ text: String) {
        for c in text { reduce(&self, .key(.char(c))) }
    }
}

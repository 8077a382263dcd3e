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

extension Buffer {
    /// One letter per cell for its foreground colour (upper case when bold, `#` when reversed),
    /// so snapshot fixtures catch colour regressions without holding escape bytes.
    var styleLayer: String {
        let letters: [Color: Character] = [
            .default: ".", .black: "k", .red: "r", .green: "g", .yellow: "y", .blue: "b", .magenta: "m", .cyan: "c",
            .white: "w", .gray: "a", .brightRed: "R", .brightGreen: "G", .brightYellow: "Y", .brightBlue: "B",
            .brightMagenta: "M", .brightCyan: "C", .brightWhite: "W", .land: "l", .orange: "o",
        ]
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                if cell.style.reverse { line.append("#"); continue }
                let c = letters[cell.style.foreground] ?? "?"
                line.append(cell.style.bold ? Character(c.uppercased()) : c)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

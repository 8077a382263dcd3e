import AllyModel

/// The map of a view (region, scenario, selection) as an SVG picture, as the explorer draws it:
/// for `allymap brief` and the explorer's export, which hand it to `AllyReports.Brief`.
public enum MapPicture {
    /// Default size in cells: wide enough for labels, the shape of a large terminal.
    public static let columns = 110, rows = 36

    /// Allies coloured by their risk level under `assessment`'s current scenario; `selectedIDs`
    /// are always drawn (the first highlighted, as the explorer's selection).
    public static func svg(dataset: Dataset, region: Region, assessment: Assessment, selectedIDs: [String] = [],
                           columns: Int = columns, rows: Int = rows) -> String {
        let first = selectedIDs.first
        var markers = MapMarker.markers(for: dataset, region: region, columns: columns, rows: rows, selectedID: first,
                                        level: assessment.level(of:))
        for id in selectedIDs.dropFirst() where !markers.contains(where: { $0.id == id }) {
            guard let actor = dataset.actor(id) else { continue }
            markers.append(MapMarker(dataset: dataset, actor: actor, level: actor.kind == .ally ? assessment.level(of: id) : nil))
        }
        let view = MapView(region: region, markers: markers, selectedID: first, charset: .braille)
        return view.rendered(width: columns, height: rows).svg(.init(title: title(region: region, scenario: assessment.scenario)))
    }

    /// The picture for a scenario without an explorer session: scores the allies shown under
    /// `scenario` with `weights`.
    public static func svg(dataset: Dataset, region: Region, scenario: Scenario, weights: ScoreWeights = .default,
                           selectedIDs: [String] = []) -> String {
        let scenarios = scenario.isBaseline ? [scenario] : [.baseline, scenario]
        let assessment = Assessment(dataset: dataset, weights: weights, scenarios: scenarios).at(scenarios.count - 1)
        return svg(dataset: dataset, region: region, assessment: assessment, selectedIDs: selectedIDs)
    }

    /// "Map of Europe, scenario us-retrenchment": the picture's title and the brief's caption.
    public static func title(region: Region, scenario: Scenario) -> String {
        "Map of \(region.name)" + (scenario.isBaseline ? "" : ", scenario \(scenario.name)")
    }
}

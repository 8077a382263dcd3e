import AllyModel

/// `allymap scenario --list`: the catalog's presets, then the user's saved scenarios.
public struct ScenarioListing: Report, Sendable {
    public let catalog: ScenarioCatalog

    public init(catalog: ScenarioCatalog) { self.catalog = catalog }

    public func render(style: ReportStyle = .plain) -> String {
        var table = TextTable(["name", "kind", "settings", "what it means"])
        for e in catalog.entries {
            let settings = e.scenario.settings
            table.add([e.name, e.origin == .preset ? "preset" : "saved", settings.isEmpty ? "—" : settings.joined(separator: " "), e.scenario.summary])
        }
        return table.render(maxCellWidth: 120, style: style)
    }
}

import AllyModel

extension MapMarker {
    /// One marker per actor of `dataset`, unculled; `level` is asked for each ally's risk level.
    /// The reference the culled markers are tested against.
    static func markers(for dataset: Dataset, level: (String) -> RiskLevel?) -> [MapMarker] {
        dataset.actors.map { actor in
            MapMarker(dataset: dataset, actor: actor, level: actor.kind == .ally ? level(actor.id) : nil)
        }
    }

    /// The markers of `region`'s map on a pane of `columns` × `rows` cells, culled as the
    /// explorer culls them, `selectedID` always among them; `level` is asked only for the allies kept.
    public static func markers(for dataset: Dataset, region: Region, columns: Int, rows: Int, selectedID: String?,
                               level: (String) -> RiskLevel?, cache: MapMarkerCache = MapMarkerCache()) -> [MapMarker] {
        var markers = cache.markers(for: dataset, region: region, columns: columns, rows: rows)
        if let id = selectedID, let selected = dataset.actor(id), !markers.contains(where: { $0.id == id }) {
            markers.append(MapMarker(dataset: dataset, actor: selected))
        }
        for i in markers.indices where markers[i].kind == .ally {
            markers[i].level = level(markers[i].id)
        }
        return markers
    }
}

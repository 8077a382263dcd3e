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
    /// explorer culls them, `selectedID` always among them; `level` (and `change`, the risk's move
    /// under a what-if) are asked only for the allies kept. The region's allies beyond the pane are
    /// among them: pass `offFrameAllies` to `MapView` as `alwaysShown` so they are drawn as arrows
    /// at the edge.
    public static func markers(for dataset: Dataset, region: Region, columns: Int, rows: Int, selectedID: String?,
                               level: (String) -> RiskLevel?, change: ((String) -> Int?)? = nil,
                               cache: MapMarkerCache = MapMarkerCache()) -> [MapMarker] {
        var markers = cache.markers(for: dataset, region: region, columns: columns, rows: rows)
        if let id = selectedID, let selected = dataset.actor(id), !markers.contains(where: { $0.id == id }) {
            markers.append(MapMarker(dataset: dataset, actor: selected))
        }
        for i in markers.indices where markers[i].kind == .ally {
            markers[i].level = level(markers[i].id)
            markers[i].change = change?(markers[i].id)
        }
        return markers
    }

    /// The allies of `region` whose place lies beyond a pane of `columns` × `rows` cells (at most a few).
    public static func offFrameAllies(for dataset: Dataset, region: Region, columns: Int, rows: Int,
                                      cache: MapMarkerCache = MapMarkerCache()) -> Set<String> {
        cache.offFrame(for: dataset, region: region, columns: columns, rows: rows)
    }
}

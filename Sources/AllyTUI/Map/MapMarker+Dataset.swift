import AllyModel

extension MapMarker {
    /// One marker per actor of `dataset` at its capital, nuclear status from `nuclear_warheads`.
    /// `levels` supplies allies' risk levels by actor id (missing ids are unknown).
    public static func markers(for dataset: Dataset, levels: [String: Risk] = [:]) -> [MapMarker] {
        markers(for: dataset) { levels[$0] }
    }

    /// One marker per actor of `dataset`; `level` is asked for each ally's risk level.
    public static func markers(for dataset: Dataset, level: (String) -> Risk?) -> [MapMarker] {
        dataset.actors.map { actor in
            MapMarker(dataset: dataset, actor: actor, level: actor.kind == .ally ? level(actor.id) : nil)
        }
    }

    /// The explorer's markers for a map pane of `area`'s size: the actors culled for that pane
    /// (see `MarkerCulling`), the selected actor always among them, allies coloured by the
    /// current scenario. Only the allies marked here are scored.
    public static func markers(for state: AppState, area: Rect) -> [MapMarker] {
        var markers = state.markerCache.markers(for: state.dataset, region: state.region, columns: area.width, rows: area.height)
        if let selected = state.selected, !markers.contains(where: { $0.id == selected.id }) {
            markers.append(MapMarker(dataset: state.dataset, actor: selected))
        }
        for i in markers.indices where markers[i].kind == .ally {
            markers[i].level = state.assessment.level(of: markers[i].id)
        }
        return markers
    }
}

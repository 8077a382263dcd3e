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
            MapMarker(actor: actor, nuclear: AllyProfile.isNuclearArmed(actor, in: dataset) ?? false,
                      level: actor.kind == .ally ? level(actor.id) : nil)
        }
    }
}

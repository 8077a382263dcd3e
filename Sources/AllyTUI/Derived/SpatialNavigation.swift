import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Something with an id and a place on the map that the arrows can move to.
public protocol MapPlace {
    var id: String { get }
    var location: GeoPoint { get }
}

extension Actor: MapPlace {}

/// Picks the ally an arrow key leads to: the nearest one lying in that direction on the map.
public enum SpatialNavigation {
    /// The best candidate in `direction` from `origin`, or nil if none lies that way.
    ///
    /// Positions are compared on a flat map (longitude scaled by the cosine of the latitude).
    /// Candidates within 60° of the arrow's direction come first; only if there are none does any
    /// ally ahead count (so an arrow never does nothing while something lies that way). The score
    /// favours being straight ahead over being off to the side (perpendicular distance counts
    /// double): "up" from Israel is Turkey, not Jordan just east of it. Allies at the very same
    /// place are taken in list order, later ones lying right of and below earlier ones, so
    /// neither hides the other.
    ///
    /// Greedy choices alone can leave an ally that no arrow reaches (one just off the line between
    /// two others is skipped by both); `NavigationGraph` repairs that for a whole region.
    public static func next<Place: MapPlace>(from origin: Actor?, direction: Direction, among allies: [Place]) -> Place? {
        guard let origin else { return allies.first }
        let order = allies.firstIndex { $0.id == origin.id }
        return target(from: origin.location, id: origin.id, order: order, direction: direction, among: allies).map { allies[$0] }
    }

    /// The index in `allies` of the ally an arrow leads to from a place (`order`: its own index, if listed).
    static func target<Place: MapPlace>(from origin: GeoPoint, id: String, order: Int?, direction: Direction, among allies: [Place]) -> Int? {
        best(from: origin, id: id, order: order, direction: direction, among: allies, maxSlope: 1.75)
            ?? best(from: origin, id: id, order: order, direction: direction, among: allies, maxSlope: .infinity)
    }

    private static func best<Place: MapPlace>(from origin: GeoPoint, id: String, order: Int?, direction: Direction,
                                              among allies: [Place], maxSlope: Double) -> Int? {
        let scale = cos(origin.lat * .pi / 180)
        var best: (score: Double, index: Int)?
        for (i, candidate) in allies.enumerated() where candidate.id != id {
            let dx = (candidate.location.lon - origin.lon) * scale
            let dy = candidate.location.lat - origin.lat
            var (along, across): (Double, Double)
            switch direction {
            case .right: (along, across) = (dx, dy)
            case .left: (along, across) = (-dx, dy)
            case .up: (along, across) = (dy, dx)
            case .down: (along, across) = (-dy, dx)
            }
            if abs(dx) <= 0.01 && abs(dy) <= 0.01, let order {
                // The same place: a hair ahead when later in the list (right, down) or earlier (left, up).
                let later = i > order
                (along, across) = ((direction == .right || direction == .down) == later ? 0.011 : 0, 0)
            }
            guard along > 0.01, abs(across) <= along * maxSlope else { continue }
            let score = along + 2 * abs(across)
            if best == nil || score < best!.score { best = (score, i) }
        }
        return best?.index
    }
}

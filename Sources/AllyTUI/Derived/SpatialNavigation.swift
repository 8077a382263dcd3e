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
    /// double): "up" from Israel is Turkey, not Jordan just east of it.
    public static func next<Place: MapPlace>(from origin: Actor?, direction: Direction, among allies: [Place]) -> Place? {
        guard let origin else { return allies.first }
        return best(from: origin, direction: direction, among: allies, maxSlope: 1.75)
            ?? best(from: origin, direction: direction, among: allies, maxSlope: .infinity)
    }

    private static func best<Place: MapPlace>(from origin: Actor, direction: Direction, among allies: [Place], maxSlope: Double) -> Place? {
        let scale = cos(origin.location.lat * .pi / 180)
        var best: (score: Double, place: Place)?
        for candidate in allies where candidate.id != origin.id {
            let dx = (candidate.location.lon - origin.location.lon) * scale
            let dy = candidate.location.lat - origin.location.lat
            let (along, across): (Double, Double)
            switch direction {
            case .right: (along, across) = (dx, dy)
            case .left: (along, across) = (-dx, dy)
            case .up: (along, across) = (dy, dx)
            case .down: (along, across) = (-dy, dx)
            }
            guard along > 0.01, abs(across) <= along * maxSlope else { continue }
            let score = along + 2 * abs(across)
            if best == nil || score < best!.score { best = (score, candidate) }
        }
        return best?.place
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The arrow drawn at a map pane's edge for an actor whose place lies beyond it.
struct EdgeArrow {
    /// The direction toward the actor, in columns (a row counts as two), y growing downwards.
    var dx: Double
    var dy: Double

    /// One of eight arrows in braille mode; ASCII has only the four main directions.
    func glyph(_ charset: MapCharset) -> Character {
        // Octants of 45° centred on the axes, counted anticlockwise from east.
        let angle = atan2(-dy, dx) * 180 / .pi
        let octant = Int(((angle + 360 + 22.5).truncatingRemainder(dividingBy: 360)) / 45)
        switch charset {
        case .braille: return ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"][octant]
        case .ascii: return abs(dx) >= abs(dy) ? (dx >= 0 ? ">" : "<") : (dy >= 0 ? "v" : "^")
        }
    }
}

/// The map regions allymap knows. Frames are the default view; the UI adapts them to the pane.
public enum Region: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case world
    case middleEast = "middle-east"
    case europe
    case asia

    public var name: String {
        switch self {
        case .world: return "World"
        case .middleEast: return "Middle East"
        case .europe: return "Europe"
        case .asia: return "Asia"
        }
    }

    public var description: String { name }

    /// The region's default geographic frame (lon/lat box).
    public var frame: GeoFrame {
        switch self {
        // Wide enough for Europe, the Gulf, East Asia, Australia and the US east coast.
        case .world: return GeoFrame(west: -170, south: -56, east: 180, north: 78)
        // Eastern Mediterranean to Iran and the Gulf, Egypt and Yemen included.
        case .middleEast: return GeoFrame(west: 24, south: 11, east: 63, north: 42.5)
        // Atlantic to Russia's western border; the Baltic, Finland and Turkey included.
        case .europe: return GeoFrame(west: -11, south: 34, east: 45, north: 71)
        // China, the Koreas, Japan, Taiwan and the Philippines; Australia is on the world view.
        case .asia: return GeoFrame(west: 95, south: 3, east: 150, north: 50)
        }
    }

    /// The three regions that group allies (the world view shows them all).
    public static let allyRegions: [Region] = [.middleEast, .europe, .asia]

    /// Parses user input such as `europe`, `Middle East`, `middle_east`, `me`.
    public init?(argument: String) {
        let key = argument.lowercased().filter { $0.isLetter }
        switch key {
        case "world", "all", "global": self = .world
        case "middleeast", "me", "mideast": self = .middleEast
        case "europe", "eu": self = .europe
        case "asia", "asiapacific", "pacific": self = .asia
        default: return nil
        }
    }
}

import AllyModel
import AllyTUI

/// Fixed markers for map snapshots: the capitals of the reference sheet, built here (not loaded
/// from the dataset) so that data edits never change a map fixture.
enum MapFixtures {
    static func marker(_ id: String, _ label: String, _ lat: Double, _ lon: Double, _ kind: ActorKind,
                       nuclear: Bool = false, level: RiskLevel? = nil) -> MapMarker {
        MapMarker(id: id, label: label, point: GeoPoint(lat: lat, lon: lon), kind: kind, nuclear: nuclear, level: level,
                  importance: MapMarker.defaultImportance(kind: kind, nuclear: nuclear))
    }

    static let capitals: [MapMarker] = [
        marker("israel", "Israel", 31.7683, 35.2137, .ally, level: .high),
        marker("saudi-arabia", "Saudi Arabia", 24.7136, 46.6753, .ally, level: .medium),
        marker("uae", "UAE", 24.4539, 54.3773, .ally, level: .medium),
        marker("qatar", "Qatar", 25.2854, 51.531, .ally, level: .medium),
        marker("jordan", "Jordan", 31.9539, 35.9106, .ally, level: .medium),
        marker("egypt", "Egypt", 30.0444, 31.2357, .ally, level: .low),
        marker("turkey", "Turkey", 39.9334, 32.8597, .ally, level: .low),
        marker("uk", "United Kingdom", 51.5074, -0.1278, .ally, level: .low),
        marker("france", "France", 48.8566, 2.3522, .ally, level: .low),
        marker("germany", "Germany", 52.52, 13.405, .ally, level: .low),
        marker("poland", "Poland", 52.2297, 21.0122, .ally, level: .medium),
        marker("italy", "Italy", 41.9028, 12.4964, .ally, level: .low),
        marker("estonia", "Estonia", 59.437, 24.7536, .ally, level: .high),
        marker("latvia", "Latvia", 56.9496, 24.1052, .ally, level: .high),
        marker("lithuania", "Lithuania", 54.6872, 25.2797, .ally, level: .high),
        marker("finland", "Finland", 60.1699, 24.9384, .ally, level: .medium),
        marker("norway", "Norway", 59.9139, 10.7522, .ally, level: .low),
        marker("japan", "Japan", 35.6762, 139.6503, .ally, level: .medium),
        marker("south-korea", "South Korea", 37.5665, 126.978, .ally, level: .high),
        marker("taiwan", "Taiwan", 25.033, 121.5654, .ally, level: .high),
        marker("philippines", "Philippines", 14.5995, 120.9842, .ally, level: .medium),
        marker("australia", "Australia", -35.2809, 149.13, .ally),
        marker("russia", "Russia", 55.7558, 37.6173, .adversary, nuclear: true),
        marker("china", "China", 39.9042, 116.4074, .adversary, nuclear: true),
        marker("north-korea", "North Korea", 39.0392, 125.7625, .adversary, nuclear: true),
        marker("iran", "Iran", 35.6892, 51.389, .adversary),
        marker("syria", "Syria", 33.5138, 36.2765, .adversary),
        marker("hezbollah", "Hezbollah", 33.8938, 35.5018, .nonstate),
        marker("houthis", "Houthis", 15.3694, 44.191, .nonstate),
        marker("hamas", "Hamas", 31.5017, 34.4668, .nonstate),
        marker("us", "United States", 38.9072, -77.0369, .us),
    ]

    /// The marker selected in each region's snapshot, so the highlight is covered too.
    static func selection(for region: Region) -> String? {
        switch region {
        case .world: return nil
        case .middleEast: return "qatar"
        case .europe: return "estonia"
        case .asia: return "taiwan"
        }
    }
}

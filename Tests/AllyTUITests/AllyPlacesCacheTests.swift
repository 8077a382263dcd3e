import AllyModel
import AllySynthetic
import Testing
@testable import AllyTUI

/// The arrows' cached ally positions must lead where the full actor lists led.
@Suite struct AllyPlacesCacheTests {
    static let synthetic: Dataset = try! SyntheticDataset.generate(actors: 2000)

    @Test(arguments: [false, true])
    func placesListTheRegionsAlliesInOrder(synthetic: Bool) {
        let dataset = synthetic ? Self.synthetic : defaultDataset
        let cache = AllyPlacesCache()
        for region in Region.allCases {
            let places = cache.allies(in: region, of: dataset)
            #expect(places.map(\.id) == dataset.allies(in: region).map(\.id))
            #expect(places.map(\.location) == dataset.allies(in: region).map(\.location))
        }
    }

    @Test func arrowsLeadWhereTheyLedOverActors() {
        let cache = AllyPlacesCache()
        for region in Region.allCases {
            let allies = defaultDataset.allies(in: region)
            for origin in allies {
                for direction in [Direction.up, .down, .left, .right] {
                    let expected = SpatialNavigation.next(from: origin, direction: direction, among: allies)?.id
                    let actual = SpatialNavigation.next(from: origin, direction: direction, among: cache.allies(in: region, of: defaultDataset))?.id
                    #expect(actual == expected, "\(region) \(origin.id) \(direction)")
                }
            }
        }
    }
}

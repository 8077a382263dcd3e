import AllyModel
import AllySynthetic
import Testing
@testable import AllyTUI

/// The explorer's culled, cached markers against marking every actor.
@Suite struct MarkerCullingTests {
    static let synthetic: Dataset = try! SyntheticDataset.generate(actors: 2000)

    /// The map as it was drawn before culling: every actor marked, every ally scored.
    static func everyActorLayout(_ state: ExplorerSession, area: Rect) -> MapLayout {
        let markers = MapMarker.markers(for: state.dataset, level: state.assessment.level(of:))
        let beyond = MapMarker.offFrameAllies(for: state.dataset, region: state.region, columns: area.width, rows: area.height)
        return MapView(region: state.region, markers: markers, selectedID: state.selectedID,
                       charset: state.unicode ? .braille : .ascii, alwaysShown: beyond).layout(in: area)
    }

    @Test(arguments: Region.allCases)
    func builtInMapsAreUnchanged(region: Region) {
        for (width, height) in [(120, 40), (80, 24), (300, 100)] {
            var state = AppState.fixture(width: width, height: height, region: region)
            for selection in [state.selectedID, "iran", nil] {
                state.selectedID = selection
                let area = state.layout.map.inset(by: 1)
                #expect(ExplorerView(state).mapView(area: area).layout(in: area) == Self.everyActorLayout(state, area: area),
                        "\(region) \(width)x\(height) \(selection ?? "none")")
            }
        }
    }

    @Test func crowdedMapsKeepOneMostImportantActorPerBlock() {
        let viewport = MapViewport(frame: Region.middleEast.frame, columns: 70, rows: 21)
        let actors = Self.synthetic.actors
        func importance(_ i: Int) -> Int {
            MapMarker.defaultImportance(kind: actors[i].kind, nuclear: NuclearStatus(of: actors[i].id, in: Self.synthetic).armed == true)
        }
        let kept = MarkerCulling.positions(of: MarkerSites(Self.synthetic), viewport: viewport)
        let inView = actors.indices.filter { viewport.cell(of: actors[$0].location) != nil }
        #expect(inView.count > MarkerCulling.thinningThreshold, "the fixture must be crowded enough to thin")
        func block(_ i: Int) -> Int {
            let cell = viewport.cell(of: actors[i].location)!
            return (cell.y / MarkerCulling.blockSize.rows) * 1000 + cell.x / MarkerCulling.blockSize.columns
        }
        #expect(Set(kept.map(block)).count == kept.count, "one actor per block")
        let keptByBlock = Dictionary(uniqueKeysWithValues: kept.map { (block($0), $0) })
        for i in inView {
            let winner = keptByBlock[block(i)]!
            #expect(importance(winner) > importance(i) || (importance(winner) == importance(i) && actors[winner].id <= actors[i].id))
        }
    }

    @Test func crowdedMapKeepsTheSelectedActor() throws {
        var state = ExplorerSession(dataset: Self.synthetic, screen: Size(width: 120, height: 40))
        let area = state.layout.map.inset(by: 1)
        let shown = Set(ExplorerView(state).mapView(area: area).markers.map(\.id))
        // An ally in view that lost its block to a more important actor.
        let hidden = try #require(Self.synthetic.allies(in: .middleEast).first { !shown.contains($0.id) })
        state.select(hidden.id)
        let layout = ExplorerView(state).mapView(area: area).layout(in: area)
        // Drawn (markers no longer go in selection order, so it need not be the first placed).
        #expect(layout.markers.contains { $0.id == hidden.id })
        #expect(layout.labels.contains { $0.id == hidden.id })
    }

    @Test func markersAreCachedPerRegionAndSize() {
        var state = ExplorerSession(dataset: Self.synthetic, screen: Size(width: 120, height: 40))
        let area = state.layout.map.inset(by: 1)
        let first = ExplorerView(state).mapView(area: area).markers
        #expect(first.count <= 12 * 7 + 1)
        state.press(.right)
        let afterMove = ExplorerView(state).mapView(area: area).markers
        // The same culled set, with the new selection added if it lies outside it.
        let culled = state.derived.markers.markers(for: state.dataset, region: state.region, columns: area.width, rows: area.height)
        #expect(Set(afterMove.map(\.id)) == Set(culled.map(\.id)).union([state.selectedID!]))
        for marker in afterMove where marker.kind == .ally {
            #expect(marker.level == state.assessment.level(of: marker.id))
        }
    }
}

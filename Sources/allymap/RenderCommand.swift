import AllyModel
import AllyTUI
import ArgumentParser

/// `allymap render`: prints the map pane of a region as text, ANSI colour or an SVG picture.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the map of a region (plain text, ANSI colours or SVG) without opening the explorer.",
        discussion: """
            Markers: ○ ◐ ● ◌ ally at low, medium, high and unknown risk, ▲ adversary, ◆ nuclear-armed adversary, \
            ✕ armed group, ★ United States (with --ascii: o O @ ? ^ * x U). Allies are also coloured by their baseline \
            risk level: green low, orange medium, red high, grey unknown.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi, svg
    }

    static let widths = 10...1000
    static let heights = 5...500

    @Option(help: ArgumentHelp("Region to show: world, middle-east, europe or asia.", valueName: "region"))
    var region: Region = .world

    @Option(help: ArgumentHelp("Width in columns (\(widths.lowerBound)-\(widths.upperBound)).", valueName: "W"))
    var width: Int = 120

    @Option(help: ArgumentHelp("Height in rows (\(heights.lowerBound)-\(heights.upperBound)).", valueName: "H"))
    var height: Int = 40

    @Flag(help: "Draw with ASCII characters instead of braille.")
    var ascii = false

    @Option(help: ArgumentHelp("Highlight this actor (name, id or ISO code) and always show its label.", valueName: "name"))
    var select: String?

    @Option(help: ArgumentHelp("Output format: text, ansi or svg.", valueName: "format"))
    var format: Format = .text

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard Self.widths.contains(width) else {
            throw ValidationError("--width must be between \(Self.widths.lowerBound) and \(Self.widths.upperBound) (got \(width))")
        }
        guard Self.heights.contains(height) else {
            throw ValidationError("--height must be between \(Self.heights.lowerBound) and \(Self.heights.upperBound) (got \(height))")
        }
    }

    func run() throws {
        let dataset = try dataOptions.load()
        let selectedID = try select.map { try resolveActor($0, in: dataset).id }
        let assessment = Assessment(dataset: dataset)
        let cache = MapMarkerCache()
        let markers = MapMarker.markers(for: dataset, region: region, columns: width, rows: height, selectedID: selectedID,
                                        level: assessment.level(of:), cache: cache)
        let view = MapView(region: region, markers: markers, selectedID: selectedID, charset: ascii ? .ascii : .braille,
                           alwaysShown: MapMarker.offFrameAllies(for: dataset, region: region, columns: width, rows: height, cache: cache))
        let buffer = view.rendered(width: width, height: height)
        switch format {
        case .text: print(buffer.plainText)
        case .ansi: print(buffer.ansiText)
        case .svg: print(buffer.svg(.init(title: "allymap: \(region.name)")), terminator: "")
        }
    }
}

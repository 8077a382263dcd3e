import AllyModel
import AllyTUI
import AllyTerminal
import ArgumentParser

/// `allymap [explore]`: the full-screen map explorer (the default command).
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive map of allies (the default when no subcommand is given).",
        discussion: "Keys: \(KeyTable.summary). Press ? in the explorer for every key."
    )

    /// The region shown when none is asked for.
    static let defaultRegion = Region.middleEast

    @Option(help: ArgumentHelp("Region to open: middle-east, europe, asia or world.", valueName: "region"))
    var region: Region = Self.defaultRegion

    @Option(help: ArgumentHelp("Ally to select at start (name, id or ISO code).", valueName: "name"))
    var select: String?

    @Flag(help: "Draw the map with ASCII characters instead of braille.")
    var ascii = false

    @Option(help: ArgumentHelp("Colours: dark (dark backgrounds), light (light backgrounds) or colorblind (blue, yellow and vermillion risk levels). Remembered for later runs.", valueName: "theme"))
    var theme: ColorTheme?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        // The built-in data decodes while the screen shows the map, unless --select needs it first.
        if dataOptions.data == nil && select == nil {
            return try Self.open(.builtIn, region: region, select: nil, ascii: ascii, theme: theme)
        }
        Explorer.prepareMap(region)
        let dataset = try dataOptions.load()
        StartupTrace.mark("dataset loaded")
        var selected: String?
        if let select { selected = try resolveActor(select, in: dataset).id }
        try Self.open(.loaded(dataset), region: region, select: selected, ascii: ascii, theme: theme)
    }

    /// `allymap` with no arguments at all: the explorer with every default, without running the
    /// argument parser, whose reflection over the command tree was a fifth of the instructions
    /// before the first frame, with nothing to parse.
    static func openWithDefaults() throws {
        try open(.builtIn, region: defaultRegion, select: nil, ascii: false, theme: nil)
    }

    private static func open(_ source: Explorer.Source, region: Region, select: String?, ascii: Bool, theme: ColorTheme?) throws {
        let status = ExitStatus(rawValue: try MainActor.assumeIsolated {
            try Explorer.run(source, region: region, select: select, ascii: ascii, theme: theme)
        })
        // Nothing more to say: a signal or Ctrl-C is the user's choice.
        if status != .ok { throw CommandExit(status, message: nil) }
    }
}

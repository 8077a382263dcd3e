import AllyModel
import AllyReports
import AllyTUI
import ArgumentParser

/// `allymap brief`: a shareable brief of one view, as Markdown or one self-contained HTML file.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a brief of one view: map, scores under a scenario with bands and change, explained scores, claims with verdicts, numbered sources.",
        discussion: """
            The format follows --out's extension (.md, .html) unless --format says otherwise.
            Markdown: the map is written beside --out as NAME.map.svg; without --out the brief goes to stdout without the map.
            HTML: one file with the map inline, no network needed; it embeds the claims as schema.org ClaimReview JSON-LD.
            Examples:
              allymap brief --region europe --scenario us-retrenchment --out europe.html
              allymap brief --region asia --ally japan --ally "south korea" --format md --out asia.md
            """
    )

    @Option(help: ArgumentHelp("Region of the view: middle-east, europe, asia or world.", valueName: "region"))
    var region: Region = .world

    @Option(help: ArgumentHelp("A built-in or saved scenario (see `allymap scenario --list`); default: the data as it is.", valueName: "name"))
    var scenario: String?

    @Option(name: .customLong("ally"), help: ArgumentHelp("An ally of the region whose scores are explained (repeatable).", valueName: "name"))
    var allies: [String] = []

    @Option(help: ArgumentHelp("md or html (default: from --out's extension).", valueName: "format"))
    var format: BriefFormat?

    @Option(help: ArgumentHelp("Write the brief to this file (and, for md, the map beside it) instead of stdout.", valueName: "file"))
    var out: String?

    @OptionGroup var dataOptions: DataOptions

    /// The format asked for, or the one --out's extension implies.
    var resolvedFormat: BriefFormat? { format ?? out.flatMap { BriefFormat(fileName: $0) } }

    func validate() throws {
        if resolvedFormat == nil {
            throw ValidationError(out == nil ? "give --format md or html (or --out FILE.md / FILE.html)"
                                             : "cannot tell the format from \"\(out!)\": add --format md or html")
        }
    }

    func run() throws {
        guard let format = resolvedFormat else { return }
        let dataset = try dataOptions.load()
        let config = UserSettings.load()
        let scenario = try self.scenario.map { try ScenarioCatalog(config: config).scenario(named: $0) } ?? .baseline
        let allyIDs = try allies.map { try resolveActor($0, in: dataset).id }
        let map = Brief.Map(svg: MapPicture.svg(dataset: dataset, region: region, scenario: scenario, weights: config.weights, selectedIDs: allyIDs),
                            caption: MapPicture.title(region: region, scenario: scenario))
        let brief = try Brief(dataset: dataset, region: region, scenario: scenario, weights: config.weights, allyIDs: allyIDs, map: map)
        guard let out else {
            print(brief.document(format).text, terminator: "")
            if format == .md { Console.error("allymap: note: the map is left out when the brief goes to stdout; use --out FILE.md to get it as an SVG beside the file") }
            return
        }
        let document = brief.document(format, mapFile: BriefDocument.mapFileName(for: out))
        do {
            try BriefFile.write(document, to: out)
        } catch let error as POSIXFailure {
            throw CommandExit.cannotCreate("cannot write the brief to \(out): \(error)")
        }
        let sides = document.sideFiles.map { Path.parent(out) == "." ? $0.name : Path.join(Path.parent(out), $0.name) }
        print("Wrote \(TextSafety.printable(([out] + sides).joined(separator: " and ")))")
    }
}

extension BriefFormat: ExpressibleByArgument {}

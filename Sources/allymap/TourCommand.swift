import AllyModel
import ArgumentParser

extension TourText.Format: ExpressibleByArgument {}

/// `allymap tour`: the article walked paragraph by paragraph, each claim beside the data.
struct TourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: "Walk the seed article paragraph by paragraph, each claim with its verdict and evidence.",
        discussion: "With --print, writes the whole tour as text or Markdown; without it, opens the explorer in the tour (T there too)."
    )

    @Flag(name: .customLong("print"), help: "Write the whole tour to stdout instead of opening the explorer.")
    var printTour = false

    @Option(help: "With --print: text or md.")
    var format: TourText.Format?

    @Flag(help: "Draw the map with ASCII characters instead of braille.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if format != nil && !printTour { throw ValidationError("--format goes with --print") }
    }

    func run() throws {
        let dataset = try dataOptions.load()
        guard printTour else {
            let status = ExitStatus(rawValue: try MainActor.assumeIsolated {
                try Explorer.run(.loaded(dataset), region: .middleEast, select: nil, ascii: ascii, tour: true)
            })
            if status != .ok { throw CommandExit(status, message: nil) }
            return
        }
        guard !dataset.tour.isEmpty else {
            throw CommandExit(.dataError, message: "allymap: this dataset has no tour: add a tour.tsv (see seeds/data/tour.tsv)")
        }
        let model = ScoringModel(dataset: dataset, weights: UserSettings.load().weights)
        print(TourText.render(Tour(model: model), model: model, format: format ?? .text), terminator: "")
    }
}

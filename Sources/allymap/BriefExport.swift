import AllyModel
import AllyReports
import AllyTUI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The explorer's `:export FILE`: the same brief as `allymap brief`, of the view on screen.
enum BriefExport {
    /// Writes the brief `request` asks for; answers with a note naming the files, or the
    /// command line again with the reason it failed.
    static func run(_ request: BriefRequest, dataset: Dataset,
                    environment: [String: String] = ProcessInfo.processInfo.environment) -> [Event] {
        let path = expandingHome(request.path, environment: environment)
        guard let format = BriefFormat(fileName: path) else {
            return [.commandFailed(line: request.line, message: "cannot tell the format of '\(request.path)': end the name in .md or .html")]
        }
        do {
            let ids = request.allyIDs
            let map = Brief.Map(svg: MapPicture.svg(dataset: dataset, region: request.region, scenario: request.scenario,
                                                    weights: request.weights, selectedIDs: ids),
                                caption: MapPicture.title(region: request.region, scenario: request.scenario))
            let brief = try Brief(dataset: dataset, region: request.region, scenario: request.scenario, weights: request.weights,
                                  allyIDs: ids, map: map)
            let document = brief.document(format, mapFile: BriefDocument.mapFileName(for: path))
            try BriefFile.write(document, to: path)
            let sides = document.sideFiles.map(\.name)
            return [.notice("wrote \(([request.path] + sides).joined(separator: " and "))")]
        } catch let failure as POSIXFailure {
            return [.commandFailed(line: request.line, message: "cannot write \(request.path): \(failure.reason)")]
        } catch {
            return [.commandFailed(line: request.line, message: "cannot make the brief: \(TextSafety.printable("\(error)"))")]
        }
    }

    /// `~/x.md` → `$HOME/x.md`, as a shell would (the command line has no shell).
    static func expandingHome(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}

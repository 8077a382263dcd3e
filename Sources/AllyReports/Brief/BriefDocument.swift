import AllyModel

/// The formats a brief is written in.
public enum BriefFormat: String, CaseIterable, Sendable {
    /// Markdown, with the map as an SVG file beside it.
    case md
    /// One self-contained HTML file (XHTML-compatible markup), map inline.
    case html

    /// The format a file name implies: `.md`/`.markdown` or `.html`/`.htm`/`.xhtml`; nil otherwise.
    public init?(fileName: String) {
        let name = Path.lastComponent(fileName).lowercased()
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "md", "markdown": self = .md
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}

/// A written brief: the document's text and the files it refers to by relative name.
public struct BriefDocument: Sendable, Equatable {
    /// A file the document links to, named relative to the document's directory.
    public struct SideFile: Sendable, Equatable {
        public let name: String
        public let contents: String
    }

    public let format: BriefFormat
    public let text: String
    public let sideFiles: [SideFile]

    /// The map's file name for a brief written to `path`: `brief.md` → `brief.map.svg`.
    public static func mapFileName(for path: String) -> String {
        var name = Path.lastComponent(path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name + ".map.svg"
    }
}

extension Brief {
    /// The brief as `format`. For Markdown the map becomes the side file `mapFile` (see
    /// `BriefDocument.mapFileName(for:)`); with no `mapFile` the map is left out with a note.
    /// HTML carries the map inline and ignores `mapFile`.
    public func document(_ format: BriefFormat, mapFile: String? = nil) -> BriefDocument {
        switch format {
        case .html:
            return BriefDocument(format: .html, text: HTMLWriter(brief: self).document(), sideFiles: [])
        case .md:
            let file = map == nil ? nil : mapFile
            let sides = file.flatMap { name in map.map { BriefDocument.SideFile(name: name, contents: $0.svg) } }
            return BriefDocument(format: .md, text: MarkdownWriter(brief: self, mapFile: file).document(),
                                 sideFiles: sides.map { [$0] } ?? [])
        }
    }

    // MARK: - Wording shared by both formats

    /// The line under the title: data date, dataset and scenario.
    var subtitle: String {
        var parts = ["allymap brief"]
        if let asOf { parts.append("data as of \(asOf)") }
        if !dataset.meta.title.isEmpty { parts.append(dataset.meta.title) }
        return parts.joined(separator: " · ")
    }

    /// What the scenario changes, in a sentence.
    var scenarioText: String {
        let settings = scenario.settings
        var text = "Scenario “\(scenario.name)”" + (settings.isEmpty ? " (no changes)" : ": " + settings.joined(separator: " "))
        text += scenario.summary.isEmpty ? "." : ". " + scenario.summary
        return text
    }

    var weightsText: String {
        weightsAreDefault ? "Weights: the documented defaults (METHOD.md)."
            : "Weights: the user's own, which differ from the documented defaults (METHOD.md); scores differ from a default run."
    }

    var mapLegend: String {
        "Allies are coloured by their risk level\(scenario.isBaseline ? "" : " under the scenario"): "
            + "green low, orange medium, red high, grey unknown. ○ ◐ ● ◌ ally at low, medium, high, unknown risk, ▲ adversary, ◆ nuclear-armed adversary, ✕ armed group, ★ United States."
    }

    var tableNotes: [String] {
        var notes = ["Scores 0–100; in brackets the 5th–95th percentile band over \(Uncertainty.draws) rescorings (weights ±50 %, unknown inputs drawn from the other allies' range).",
                     "* some inputs unknown and left out; a range alone means too little is known to rank."]
        if !changedKinds.isEmpty { notes.append("Δ = scenario minus baseline, rounded.") }
        notes.append("Sources: every input behind the ally's scores, and the threats that name its adversaries.")
        return notes
    }

    var claimsIntro: String {
        var text = "The claims are restated in our own words from one opinion article and cited by paragraph (¶N); they are set beside the data, not endorsed."
        let a = dataset.meta.article
        var known: [String] = []
        if !a.title.isEmpty { known.append("title “\(a.title)”") }
        if !a.outlet.isEmpty { known.append("outlet \(a.outlet)") }
        if !a.published.isEmpty { known.append("published \(a.published)") }
        if !known.isEmpty { text += " Article: " + known.joined(separator: ", ") + "." }
        if !a.note.isEmpty { text += " " + a.note }
        text += " Verdicts are on the data as it is (no scenario)."
        return text
    }

    var claimsTally: String {
        let counts = Dictionary(grouping: claims, by: \.verdict.verdict).mapValues(\.count)
        let parts = Verdict.allCases.compactMap { v in counts[v].map { "\($0) \(v.label)" } }
        return "\(claims.count) claim\(claims.count == 1 ? "" : "s")" + (parts.isEmpty ? "." : ": " + parts.joined(separator: ", ") + ".")
    }

    /// One source's details after its name: published, checked, confidence.
    static func sourceDetails(_ s: Source) -> String {
        var parts: [String] = []
        if !s.published.isEmpty { parts.append("published \(s.published)") }
        parts.append(s.checked.isEmpty ? "not checked" : "checked \(s.checked)")
        parts.append("\(s.confidence.rawValue) confidence")
        return parts.joined(separator: "; ")
    }

    /// Change text: "+3", "−12", "0", "?".
    static func deltaText(_ d: Double?) -> String {
        String(ScenarioReport.delta(d).map { $0 == "-" ? "−" : $0 })
    }

    /// "medium", or "medium → high" when the scenario moves it.
    static func levelText(_ row: AllyRow) -> String {
        row.level == row.levelBefore ? row.level.rawValue : "\(row.levelBefore.rawValue) → \(row.level.rawValue)"
    }
}

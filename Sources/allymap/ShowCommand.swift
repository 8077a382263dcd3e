import AllyModel
import ArgumentParser

/// `allymap show NAME`: everything known about one actor, each figure with year and source.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about one ally (or adversary): ties, figures, threats, events, claims.",
        discussion: "NAME matches ids, ISO codes, names and aliases, case-insensitively and by prefix: `show jp`, `show \"south k\"`."
    )

    @Argument(help: "Name, id or ISO code of the actor.")
    var name: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        let actor = try resolveActor(name, in: dataset)
        print(Self.report(actor, in: dataset))
    }

    static func report(_ actor: Actor, in dataset: Dataset) -> String {
        var out: [String] = []
        let code = actor.iso2.isEmpty ? "" : " (\(actor.iso2))"
        out.append(Console.bold("\(actor.name)\(code)") + " — \(actor.kind.label), \(actor.region.name)")
        let place = actor.host.isEmpty ? actor.capital : "\(actor.capital), \(actor.host)"
        out.append("Based at \(place) (\(coordinate(actor.location))) — \(actor.source.name)")
        let profile = AllyProfile(ally: actor, in: dataset)
        section(&out, "Ties to the United States", profile.dependency, dataset)
        section(&out, "Risk and exposure", profile.risk, dataset)
        section(&out, "Other figures", profile.other, dataset)

        if !profile.threats.isEmpty {
            out.append("")
            out.append(Console.bold("Threats") + " (main first; why each is listed, and the page that shows it)")
            for (n, t) in profile.threats.enumerated() {
                let name = t.adversary?.name ?? "none documented"
                let year = t.threat.year.map { ", \($0.text)" } ?? ""
                let main = n == 0 && t.adversary != nil ? "Main threat: " : ""
                out.append("  \(main)\(name) — \(t.threat.basis.phrase)\(year) [\(t.threat.source.confidence.rawValue)]")
                if !t.distanceText.isEmpty { out.append("    \(t.distanceText)") }
                out.append("    source: \(t.threat.source.name) \(t.threat.source.url)")
                if !t.threat.note.isEmpty { out.append("    \(t.threat.note)") }
            }
        }

        if !profile.adversaries.isEmpty {
            out.append("")
            out.append(Console.bold("Adversaries") + " (main first)")
            var table = TextTable(["Adversary", "Kind", "Nuclear-armed", "Frontline"], alignments: [.left, .left, .left, .right])
            for a in profile.adversaries {
                let nuclear = NuclearStatus(of: a.id, in: dataset)
                let count = nuclear.warheads.map { " (\($0.displayValue), \($0.yearText))" } ?? ""
                let nuclearText = nuclear.armed.map { $0 ? "yes" + count : "no" } ?? "unknown"
                let frontline = profile.threats.first { $0.adversary?.id == a.id }?.threat.frontlineKm
                let km = Int((frontline ?? actor.location.distanceKm(to: a.location)).rounded())
                table.add([a.name, a.kind.label, nuclearText,
                           (frontline == nil ? "capitals " : "") + IndicatorCatalog.formatNumber(Double(km), unit: "km")])
            }
            out.append(indent(table.render()))
        }

        let events = profile.events
        if !events.isEmpty {
            out.append("")
            out.append(Console.bold("Events") + " (newest first)")
            for e in events.prefix(12) { out.append("  \(EvidenceText.event(e))") }
            if events.count > 12 { out.append("  … \(events.count - 12) older events") }
        }

        if !profile.claims.isEmpty {
            out.append("")
            out.append(Console.bold("What the article claims") + " (paraphrased; ¶ = paragraph of the seed article)")
            let assessor = ClaimAssessor(dataset: dataset)
            for c in profile.claims { out += EvidenceText.claim(c, in: dataset, verdict: assessor.assess(c), indent: "  ") }
        }
        out.append("")
        out.append(Console.dim("~ marks a low-confidence figure. Distances are great-circle km between capitals."))
        return out.joined(separator: "\n")
    }

    private static func section(_ out: inout [String], _ title: String, _ figures: [Indicator], _ dataset: Dataset) {
        guard !figures.isEmpty else { return }
        out.append("")
        out.append(Console.bold(title))
        var table = TextTable(["Figure", "Value", "Year", "Source"])
        for x in figures {
            table.add([x.label, x.displayValue + x.verificationMark, x.yearText, "\(x.source.name) [\(x.source.confidence.rawValue)]"])
        }
        out.append(indent(table.render(maxCellWidth: 44)))
    }

    static func coordinate(_ p: GeoPoint) -> String {
        "\(IndicatorValue.format(abs(p.lat)))°\(p.lat >= 0 ? "N" : "S"), \(IndicatorValue.format(abs(p.lon)))°\(p.lon >= 0 ? "E" : "W")"
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

import AllyModel

/// `allymap show NAME`: everything known about one actor, each figure with year and source.
public struct ShowReport: Report, Sendable {
    public let actor: Actor
    public let dataset: Dataset
    /// Events listed before the rest are summarised as a count.
    public static let eventLimit = 12

    public init(actor: Actor, dataset: Dataset) {
        self.actor = actor
        self.dataset = dataset
    }

    public func render(style: ReportStyle = .plain) -> String {
        var out: [String] = []
        let code = actor.iso2.isEmpty ? "" : " (\(actor.iso2))"
        out.append(style.bold("\(actor.name)\(code)") + " — \(actor.kind.label), \(actor.region.name)")
        let place = actor.host.isEmpty ? actor.capital : "\(actor.capital), \(actor.host)"
        out.append("Based at \(place) (\(Self.coordinate(actor.location))) — \(actor.source.name)")
        let profile = AllyProfile(ally: actor, in: dataset)
        out += section("Ties to the United States", profile.dependency, style)
        out += section("Risk and exposure", profile.risk, style)
        out += section("Other figures", profile.other, style)
        out += threats(profile, style)
        out += adversaries(profile, style)
        out += events(profile, style)
        out += claims(profile, style)
        out.append("")
        out.append(style.dim("~ marks a low-confidence figure. Distances are great-circle km between capitals."))
        return out.joined(separator: "\n")
    }

    /// `31.7683°N, 35.2137°E`
    public static func coordinate(_ p: GeoPoint) -> String {
        "\(IndicatorValue.format(abs(p.lat)))°\(p.lat >= 0 ? "N" : "S"), \(IndicatorValue.format(abs(p.lon)))°\(p.lon >= 0 ? "E" : "W")"
    }

    // MARK: - Sections

    private func section(_ title: String, _ figures: [Indicator], _ style: ReportStyle) -> [String] {
        guard !figures.isEmpty else { return [] }
        var table = TextTable(["Figure", "Value", "Year", "Source"])
        for x in figures {
            table.add([x.label, x.displayValue + x.verificationMark, x.yearText, "\(x.source.name) [\(x.source.confidence.rawValue)]"])
        }
        return ["", style.bold(title), Self.indent(table.render(maxCellWidth: 44, style: style))]
    }

    private func threats(_ profile: AllyProfile, _ style: ReportStyle) -> [String] {
        guard !profile.threats.isEmpty else { return [] }
        var out = ["", style.bold("Threats") + " (main first; why each is listed, and the page that shows it)"]
        for (n, t) in profile.threats.enumerated() {
            let name = t.adversary?.name ?? "none documented"
            let year = t.threat.year.map { ", \($0.text)" } ?? ""
            let main = n == 0 && t.adversary != nil ? "Main threat: " : ""
            out.append("  \(main)\(name) — \(t.threat.basis.phrase)\(year) [\(t.threat.source.confidence.rawValue)]")
            if !t.distanceText.isEmpty { out.append("    \(t.distanceText)") }
            out.append("    source: \(t.threat.source.name) \(t.threat.source.url)")
            if !t.threat.note.isEmpty { out.append("    \(t.threat.note)") }
        }
        return out
    }

    private func adversaries(_ profile: AllyProfile, _ style: ReportStyle) -> [String] {
        guard !profile.adversaries.isEmpty else { return [] }
        var table = TextTable(["Adversary", "Kind", "Nuclear-armed", "Frontline"], alignments: [.left, .left, .left, .right])
        for a in profile.adversaries {
            let nuclear = NuclearStatus(of: a.id, in: dataset)
            let nuclearText = nuclear.armed.map { armed in
                guard armed, let warheads = nuclear.warheads else { return armed ? "yes" : "no" }
                return "yes (\(warheads.displayValue), \(warheads.yearText))"
            } ?? "unknown"
            let frontline = profile.threats.first { $0.adversary?.id == a.id }?.threat.frontlineKm
            let km = Int((frontline ?? actor.location.distanceKm(to: a.location)).rounded())
            table.add([a.name, a.kind.label, nuclearText,
                       (frontline == nil ? "capitals " : "") + IndicatorCatalog.formatNumber(Double(km), unit: "km")])
        }
        return ["", style.bold("Adversaries") + " (main first)", Self.indent(table.render(style: style))]
    }

    private func events(_ profile: AllyProfile, _ style: ReportStyle) -> [String] {
        let events = profile.events
        guard !events.isEmpty else { return [] }
        var out = ["", style.bold("Events") + " (newest first)"]
        out += events.prefix(Self.eventLimit).map { "  \(EvidenceText.event($0))" }
        if events.count > Self.eventLimit { out.append("  … \(events.count - Self.eventLimit) older events") }
        return out
    }

    private func claims(_ profile: AllyProfile, _ style: ReportStyle) -> [String] {
        guard !profile.claims.isEmpty else { return [] }
        var out = ["", style.bold("What the article claims") + " (paraphrased; ¶ = paragraph of the seed article)"]
        let assessor = ClaimAssessor(dataset: dataset)
        let text = EvidenceText(dataset: dataset, style: style)
        for c in profile.claims { out += text.claim(c, verdict: assessor.assess(c), indent: "  ") }
        return out
    }

    private static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

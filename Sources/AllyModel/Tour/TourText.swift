/// The whole tour as plain text or Markdown, for `allymap tour --print`. Pure: the same tour
/// gives the same text, with no terminal styling, so it can be saved, shared or diffed.
public enum TourText {
    public enum Format: String, Sendable, CaseIterable { case text, md }

    /// Dataset rows shown per side of a claim; the rest are counted.
    public static let evidencePerSide = 2

    /// Every step, every claim with its verdict, why, strongest evidence and sturdiness line;
    /// `model` is the one the tour was built under (names, title, weights and scenario come from it).
    public static func render(_ tour: Tour, model: ScoringModel, format: Format) -> String {
        let md = format == .md
        let (title, weights, scenario) = (model.dataset.meta.title, model.weights, model.scenario)
        let claims = tour.steps.reduce(0) { $0 + $1.claims.count }
        var out: [String] = []
        out.append(md ? "# Walking the article\(title.isEmpty ? "" : ": " + escape(title))" : "Walking the article\(title.isEmpty ? "" : ": " + title)")
        out.append("")
        let weightsUsed = weights == .default ? "the default weights" : "your saved weights"
        let intro: [String] = [
            "\(tour.steps.count) steps, one per paragraph, and \(claims) claims. The article is an opinion piece: "
                + "its claims are paraphrased and set beside the data, not endorsed.",
            "Verdicts use \(weightsUsed) and the \(scenario.name) scenario. "
                + "Evidence is the strongest linked row on each side: surest source first, then the most recent.",
            "What would change a computed verdict: the presets are tried smallest move first (a fully withdrawn US "
                + "commitment, an actor's nuclear status or treaty each count 1; growth counts its size), then each weight "
                + "alone, within 0–1000, from the smallest move up.",
        ]
        out += md ? intro.flatMap { [escape($0), ""] } : intro + [""]
        for step in tour.steps { out += lines(step, model.dataset, md: md) }
        return out.joined(separator: "\n") + "\n"
    }

    /// One line on what would change the verdict, or that nothing tried does.
    public static func sturdinessLine(_ s: Sturdiness) -> String {
        let noWeight = s.weightsTried == 0 ? "no weight enters its check"
            : "no single weight within 0–1000 does (\(s.weightsTried) tried)"
        if s.isSturdy { return "nothing tried changes it: no preset does (\(s.presetsTried) tried) and \(noWeight)." }
        let preset = s.preset.map { p in
            "preset \(p.scenario.name) (\(p.scenario.settings.joined(separator: " "))) makes it \(p.verdict.label)"
        } ?? "no preset does (\(s.presetsTried) tried)"
        let weight = s.weight.map { w in
            "\(w.key) from \(IndicatorValue.format(w.from)) to \(IndicatorValue.format(w.to)) makes it \(w.verdict.label)"
        } ?? noWeight
        return "\(preset); \(weight)."
    }

    // MARK: - Steps and claims

    private static func lines(_ step: TourStep, _ dataset: Dataset, md: Bool) -> [String] {
        let names = step.actors.map { dataset.actor($0)?.name ?? $0 }
        var out: [String] = []
        let head = "\(step.plan.citation) · \(step.region.name)"
        let focus = step.focus.map { "\($0.kind.rawValue) · \($0.name)" }
        let place = "Map: \(step.region.name)\(names.isEmpty ? "" : ", framing " + names.joined(separator: ", "))."
            + (focus.isEmpty ? "" : " Scores: \(focus.joined(separator: "; ")).")
        if md {
            out += ["## \(head)", "", "*\(escape(step.topic))*", "", escape(place), ""]
        } else {
            out += ["\(head) — \(step.topic)", "  \(place)", ""]
        }
        if step.claims.isEmpty {
            out += [md ? "No claim in this paragraph is recorded in the dataset." : "  No claim in this paragraph is recorded in the dataset.", ""]
        }
        for claim in step.claims { out += lines(claim, md: md) }
        return out
    }

    private static func lines(_ c: TourClaim, md: Bool) -> [String] {
        var fields: [(String, String)] = [
            ("Verdict", "\(c.verdict.label) — \(c.assessment.method.label)"),
            ("Why", c.assessment.reasoning),
        ]
        fields += c.measuredFor.map { ("Measured for", $0) }
        fields += c.measuredAgainst.map { ("Measured against", $0) }
        fields += side("For", c.evidenceFor)
        fields += side("Against", c.evidenceAgainst)
        if let s = c.sturdiness { fields.append(("What would change it", sturdinessLine(s))) }
        let head = "\(c.claim.text) [\(c.claim.stance.rawValue)]"
        if md {
            return ["### \(escape(head))", ""] + fields.map { "- **\($0.0):** \(escape($0.1))" } + [""]
        }
        return ["  • \(head)"] + fields.map { "      \($0.0): \($0.1)" } + [""]
    }

    /// The strongest rows of one side, the rest counted; "none linked" when the side is empty.
    private static func side(_ name: String, _ items: [TourEvidence]) -> [(String, String)] {
        guard !items.isEmpty else { return [(name, "none linked in the dataset")] }
        var rows = items.prefix(evidencePerSide).map { (name, evidence($0)) }
        if items.count > evidencePerSide { rows[rows.count - 1].1 += " (and \(items.count - evidencePerSide) more)" }
        return rows
    }

    /// `Israel · US share of arms imports: 66% (2020-2024; SIPRI …, medium confidence)` or
    /// `2024-04-14 Iran fires drones and missiles at Israel (AP, high confidence)`.
    public static func evidence(_ e: TourEvidence) -> String {
        let source = "\(e.source.name), \(e.source.confidence.rawValue) confidence"
        switch e.kind {
        case .indicator: return "\(e.label): \(e.value) (\(e.year.isEmpty ? "" : e.year + "; ")\(source))"
        case .event: return "\(e.year) \(e.label) (\(source))"
        }
    }

    /// Markdown's inline specials, escaped so data text cannot open emphasis, links or HTML.
    static func escape(_ s: String) -> String {
        // Byte-wise: every character escaped is ASCII, and UTF-8 never uses ASCII bytes inside
        // another character, so the rest passes through untouched (Character iteration was a
        // fifth of `tour --print --format md`).
        func special(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"): return true
            default: return false
            }
        }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            if special(byte) { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

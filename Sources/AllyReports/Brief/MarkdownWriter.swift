import AllyModel

/// Writes a `Brief` as Markdown: every data text escaped, every figure followed by `[n]` links
/// into the numbered source list, the map as an image file beside the document.
struct MarkdownWriter {
    let brief: Brief
    /// The map's file name relative to the document, or nil to leave the map out.
    let mapFile: String?

    func document() -> String {
        var out: [String] = []
        out.append("# " + md(brief.title))
        out.append("")
        out.append(md(brief.subtitle))
        out.append("")
        out.append(md(brief.scenarioText))
        out.append("")
        out.append(md(brief.weightsText))
        out += map()
        out += table()
        out += explanations()
        out += claims()
        out += sources()
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private func map() -> [String] {
        guard let map = brief.map else { return [] }
        var out = ["", "## Map", ""]
        if let mapFile {
            out.append("![\(md(map.caption))](\(mapFile))")
        } else {
            out.append("*The map is not included in this output: write the brief to a file and it is saved beside it as an SVG.*")
        }
        out.append("")
        out.append(md(brief.mapLegend) + " Outlines and capitals: " + refs(brief.mapSources))
        return out
    }

    private func table() -> [String] {
        var headers = ["Ally"], align = [":--"]
        for kind in ScoreKind.allCases {
            headers.append(kind.heading); align.append("--:")
            if brief.changedKinds.contains(kind) { headers.append("Δ " + kind.rawValue); align.append("--:") }
        }
        headers += ["Risk level", "Sources"]; align += [":--", ":--"]
        var out = ["", "## Allies in \(md(brief.region.name)) under the scenario", ""]
        out.append("| " + headers.joined(separator: " | ") + " |")
        out.append("| " + align.joined(separator: " | ") + " |")
        for row in brief.rows {
            var cells = [md(row.ally.name)]
            for kind in ScoreKind.allCases {
                let cell = row.cells[kind]
                cells.append(md(cell.map { c in c.band.map { "\(c.text) (\($0))" } ?? c.text } ?? "?"))
                if brief.changedKinds.contains(kind) { cells.append(md(Brief.deltaText(cell?.delta))) }
            }
            cells.append(md(Brief.levelText(row)))
            cells.append(refs(row.sources))
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
        if brief.rows.isEmpty { out.append("*No allies in this region.*") }
        out.append("")
        out += brief.tableNotes.map { "- " + md($0) }
        return out
    }

    private func explanations() -> [String] {
        var out = ["", "## Explained scores", ""]
        if brief.explanations.isEmpty {
            out.append("*No ally selected: name allies to have their scores explained here.*")
            return out
        }
        for e in brief.explanations {
            out += ["<a id=\"explain-\(Markup.slug(e.ally.id))\"></a>", "", "### " + md(e.ally.name), ""]
            for score in e.scores {
                out.append("**" + md(score.heading) + "**")
                out.append("")
                if let formula = score.formula { out += [md(formula), ""] }
                let isRisk = score.kind == .risk
                out.append(isRisk ? "| Component | Input | Value | Sources |" : "| Component | Input | Value | Weight | Points | Sources |")
                out.append(isRisk ? "| :-- | :-- | --: | :-- |" : "| :-- | :-- | --: | --: | --: | :-- |")
                for r in score.rows {
                    let cells = isRisk ? [r.name, r.input, r.normalised] : [r.name, r.input, r.normalised, r.weight, r.points]
                    out.append("| " + cells.map(md).joined(separator: " | ") + " | " + refs(r.sources) + " |")
                }
                out.append(isRisk ? "| **total** | | **\(md(score.total))** | \(refs(score.sources)) |"
                                  : "| **total** | | | | **\(md(score.total))** | \(refs(score.sources)) |")
                out.append("")
            }
        }
        return out
    }

    private func claims() -> [String] {
        var out = ["## Claims in scope", "", md(brief.claimsIntro), "", md(brief.claimsTally)]
        for c in brief.claims {
            let v = c.verdict, claim = v.claim
            out += ["", "<a id=\"\(c.anchor)\"></a>", ""]
            out.append("### \(md(claim.citation)) \(md(claim.text))")
            out.append("")
            out.append("*\(md(claim.stance.rawValue)), \(md(claim.region.name))* · **Verdict: \(md(v.verdict.label))** (\(md(v.method.label)))")
            if !v.reasoning.isEmpty { out += ["", md(v.reasoning)] }
            if !c.evidence.isEmpty { out.append("") }
            for e in c.evidence {
                out.append("- \(e.side == .for ? "for" : "against"): \(md(e.text))" + (e.sources.isEmpty ? "" : " " + refs(e.sources)))
            }
            if c.evidence.isEmpty { out += ["", "*No linked data: a judgement to weigh.*"] }
            if !claim.note.isEmpty { out += ["", "Note: " + md(claim.note)] }
        }
        return out
    }

    private func sources() -> [String] {
        var out = ["", "## Sources", ""]
        for (i, s) in brief.sources.enumerated() {
            let page = Markup.isWebAddress(s.url) ? "<\(s.url)>" : s.url.isEmpty ? "no page recorded" : md(s.url)
            out.append("\(i + 1). <a id=\"src-\(i + 1)\"></a>\(md(s.name)) — \(page) (\(md(Brief.sourceDetails(s))))")
        }
        if brief.sources.isEmpty { out.append("*No sources cited.*") }
        return out
    }

    // MARK: - Helpers

    private func md(_ text: String) -> String { Markup.markdown(text) }

    /// `[[3]](#src-3) [[7]](#src-7)`: links into the source list.
    private func refs(_ numbers: [Int]) -> String {
        numbers.map { "[[\($0)]](#src-\($0))" }.joined(separator: " ")
    }
}

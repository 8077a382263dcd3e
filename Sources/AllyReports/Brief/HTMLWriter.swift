import AllyModel

/// Writes a `Brief` as one self-contained HTML file: no external CSS, script, font or image, so
/// it opens offline; readable in light and dark (`prefers-color-scheme`) and printable.
///
/// The markup is also well-formed XML (every element closed, attributes quoted, only XML's own
/// entities, `<>&` escaped inside the JSON-LD), so tests read it with a strict XML parser.
/// Figures carry `class="fig"` and cite the numbered sources with `<a href="#src-N">`.
struct HTMLWriter {
    let brief: Brief

    func document() -> String {
        var out = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="color-scheme" content="light dark"/>
            <meta name="generator" content="allymap"/>
            <title>\(h(brief.title))</title>
            <style>\(Self.css)</style>
            <script type="application/ld+json">\(brief.claimReview.jsonLD.rendered())</script>
            </head>
            <body>
            <header>
            <h1>\(h(brief.title))</h1>
            <p class="sub">\(h(brief.subtitle))</p>
            <p>\(h(brief.scenarioText))</p>
            <p class="muted">\(h(brief.weightsText))</p>
            <nav aria-label="Sections"><a href="#allies">Allies</a> · <a href="#explained">Explained scores</a> · \
            <a href="#claims">Claims</a> · <a href="#sources">Sources</a></nav>
            </header>
            <main>

            """
        out += map()
        out += table()
        out += explanations()
        out += claims()
        out += sources()
        out += """
            </main>
            <footer class="muted"><p>Made by allymap from its dataset. Figures cite the numbered sources; \
            the article's claims are paraphrased, never quoted.</p></footer>
            </body>
            </html>

            """
        return out
    }

    // MARK: - Sections

    private func map() -> String {
        guard let map = brief.map else { return "" }
        return """
            <section id="map" aria-label="Map">
            <figure class="map fig">
            \(map.svg.hasSuffix("\n") ? String(map.svg.dropLast()) : map.svg)
            <figcaption>\(h(map.caption)). \(h(brief.mapLegend)) Outlines and capitals: \(refs(brief.mapSources))</figcaption>
            </figure>
            </section>

            """
    }

    private func table() -> String {
        var out = "<section id=\"allies\">\n<h2>Allies in \(h(brief.region.name)) under the scenario</h2>\n"
        guard !brief.rows.isEmpty else { return out + "<p class=\"muted\">No allies in this region.</p>\n</section>\n" }
        out += "<div class=\"wide\"><table class=\"scores\">\n<thead><tr><th scope=\"col\">Ally</th>"
        for kind in ScoreKind.allCases {
            out += "<th scope=\"col\" class=\"num\">\(h(kind.heading))</th>"
            if brief.changedKinds.contains(kind) { out += "<th scope=\"col\" class=\"num\">Δ \(h(kind.rawValue))</th>" }
        }
        out += "<th scope=\"col\">Risk level</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n"
        let explained = Set(brief.explanations.map(\.ally.id))
        for row in brief.rows {
            let name = explained.contains(row.ally.id)
                ? "<a href=\"#explain-\(Markup.slug(row.ally.id))\">\(h(row.ally.name))</a>" : h(row.ally.name)
            out += "<tr class=\"fig\" id=\"ally-\(Markup.slug(row.ally.id))\"><th scope=\"row\">\(name)</th>"
            for kind in ScoreKind.allCases {
                let cell = row.cells[kind]
                let band = cell?.band.map { " <span class=\"band\">(\(h($0)))</span>" } ?? ""
                out += "<td class=\"num\">\(h(cell?.text ?? "?"))\(band)</td>"
                if brief.changedKinds.contains(kind) { out += "<td class=\"num\">\(h(Brief.deltaText(cell?.delta)))</td>" }
            }
            out += "<td><span class=\"lvl lvl-\(row.level.rawValue)\">\(h(Brief.levelText(row)))</span></td>"
            out += "<td class=\"refs\">\(refs(row.sources))</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n<ul class=\"notes muted\">\n"
        out += brief.tableNotes.map { "<li>\(h($0))</li>\n" }.joined()
        return out + "</ul>\n</section>\n"
    }

    private func explanations() -> String {
        var out = "<section id=\"explained\">\n<h2>Explained scores</h2>\n"
        if brief.explanations.isEmpty {
            return out + "<p class=\"muted\">No ally selected: name allies to have their scores explained here.</p>\n</section>\n"
        }
        for e in brief.explanations {
            out += "<article class=\"ally\" id=\"explain-\(Markup.slug(e.ally.id))\">\n<h3>\(h(e.ally.name))</h3>\n"
            for score in e.scores {
                let isRisk = score.kind == .risk
                out += "<h4>\(h(score.heading))</h4>\n"
                if let formula = score.formula { out += "<p class=\"muted\">\(h(formula))</p>\n" }
                out += "<div class=\"wide\"><table class=\"components\">\n<thead><tr><th scope=\"col\">Component</th><th scope=\"col\">Input</th>"
                out += "<th scope=\"col\" class=\"num\">Value</th>"
                if !isRisk { out += "<th scope=\"col\" class=\"num\">Weight</th><th scope=\"col\" class=\"num\">Points</th>" }
                out += "<th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n"
                for r in score.rows {
                    out += "<tr class=\"\(r.isKnown ? "fig" : "gap")\"><td>\(h(r.name))</td><td>\(h(r.input))</td><td class=\"num\">\(h(r.normalised))</td>"
                    if !isRisk { out += "<td class=\"num\">\(h(r.weight))</td><td class=\"num\">\(h(r.points))</td>" }
                    out += "<td class=\"refs\">\(refs(r.sources))</td></tr>\n"
                }
                out += "<tr class=\"\(score.sources.isEmpty ? "gap" : "fig") total\"><th scope=\"row\">total</th><td></td>"
                out += isRisk ? "<td class=\"num\">\(h(score.total))</td>" : "<td></td><td></td><td class=\"num\">\(h(score.total))</td>"
                out += "<td class=\"refs\">\(refs(score.sources))</td></tr>\n</tbody>\n</table></div>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    private func claims() -> String {
        var out = "<section id=\"claims\">\n<h2>Claims in scope</h2>\n<p>\(h(brief.claimsIntro))</p>\n<p class=\"muted\">\(h(brief.claimsTally))</p>\n"
        for c in brief.claims {
            let v = c.verdict, claim = v.claim
            let verdictClass = v.verdict == .needsJudgement ? "judgement" : v.verdict.rawValue
            out += "<article class=\"claim\" id=\"\(c.anchor)\">\n"
            out += "<h3><span class=\"para\">\(h(claim.citation))</span> \(h(claim.text))</h3>\n"
            out += "<p><span class=\"verdict v-\(verdictClass)\">\(h(v.verdict.label))</span> "
            out += "<span class=\"muted\">\(h(v.method.label)) · \(h(claim.stance.rawValue)), \(h(claim.region.name))</span></p>\n"
            if !v.reasoning.isEmpty { out += "<p>\(h(v.reasoning))</p>\n" }
            if c.evidence.isEmpty {
                out += "<p class=\"muted\">No linked data: a judgement to weigh.</p>\n"
            } else {
                out += "<ul class=\"evidence\">\n"
                for e in c.evidence {
                    let side = e.side == .for ? "for" : "against"
                    out += "<li class=\"\(e.sources.isEmpty ? "missing" : "fig") \(side)\"><span class=\"side\">\(side)</span> \(h(e.text))"
                    out += e.sources.isEmpty ? "</li>\n" : " <span class=\"refs\">\(refs(e.sources))</span></li>\n"
                }
                out += "</ul>\n"
            }
            if !claim.note.isEmpty { out += "<p class=\"note\">\(h(claim.note))</p>\n" }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    private func sources() -> String {
        var out = "<section id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n"
        for (i, s) in brief.sources.enumerated() {
            out += "<li id=\"src-\(i + 1)\">"
            if Markup.isWebAddress(s.url) {
                out += "<a href=\"\(h(s.url))\">\(h(s.name))</a> <span class=\"url\">\(h(s.url))</span>"
            } else {
                out += h(s.name) + (s.url.isEmpty ? " <span class=\"muted\">(no page recorded)</span>" : " <span class=\"url\">\(h(s.url))</span>")
            }
            out += " <span class=\"muted\">(\(h(Brief.sourceDetails(s))))</span></li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    // MARK: - Helpers

    private func h(_ text: String) -> String { Markup.html(text) }

    private func refs(_ numbers: [Int]) -> String {
        numbers.map { "<a class=\"ref\" href=\"#src-\($0)\">[\($0)]</a>" }.joined(separator: " ")
    }

    /// The page's only style sheet. Class names avoid `b`, `d` and `u`, which the inline map's own
    /// SVG style sheet uses. No `<` or `&` here, so the sheet is plain XML text too.
    static let css = """

        :root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1d1f23;--muted:#5b616b;--rule:#d5d8dc;--head:#f1f3f5;\
        --link:#0b57d0;--low:#1b7f3b;--medium:#a85500;--high:#c0262d;--unknown:#6b7078;--for:#1b7f3b;--against:#c0262d}
        @media (prefers-color-scheme: dark){:root{--bg:#15171b;--fg:#e3e5e8;--muted:#a3a9b2;--rule:#3a3f47;--head:#22262c;\
        --link:#8ab4f8;--low:#5ccf7d;--medium:#f5a54a;--high:#ff7a7a;--unknown:#a3a9b2;--for:#5ccf7d;--against:#ff7a7a}}
        html{background:var(--bg);color:var(--fg)}
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:72rem;margin:0 auto;padding:1.5rem}
        h1{font-size:1.7rem;line-height:1.25;margin:0 0 .3rem}
        h2{font-size:1.3rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin-top:2.2rem}
        h3{font-size:1.08rem;margin:1.6rem 0 .4rem}
        h4{font-size:1rem;margin:1.1rem 0 .3rem}
        a{color:var(--link)}
        .sub,.muted{color:var(--muted)}
        nav{margin-top:.6rem}
        figure.map{margin:1rem 0}
        figure.map svg{display:block;width:100%;height:auto;max-width:100%}
        figcaption{color:var(--muted);font-size:.9rem;margin-top:.4rem}
        .wide{overflow-x:auto}
        table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
        th,td{border-bottom:1px solid var(--rule);padding:.3rem .55rem;text-align:left;vertical-align:top}
        thead th{background:var(--head);position:sticky;top:0}
        .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        .band{color:var(--muted);font-size:.85em}
        .refs,.ref{font-size:.82em;white-space:nowrap}
        td.refs{white-space:normal;min-width:6rem}
        .lvl{font-weight:600;white-space:nowrap}
        .lvl-low{color:var(--low)}.lvl-medium{color:var(--medium)}.lvl-high{color:var(--high)}.lvl-unknown{color:var(--unknown)}
        tr.total th,tr.total td{font-weight:600}
        tr.gap td{color:var(--muted)}
        .claim{border-left:3px solid var(--rule);padding-left:.9rem;margin:1.4rem 0}
        .para{color:var(--muted);font-weight:normal}
        .verdict{display:inline-block;border:1px solid currentColor;border-radius:.3rem;padding:0 .4rem;font-weight:600}
        .v-supported{color:var(--for)}.v-contradicted{color:var(--against)}.v-mixed{color:var(--medium)}.v-judgement{color:var(--muted)}
        ul.evidence{list-style:none;padding-left:0}
        .side{display:inline-block;min-width:4.2rem;font-weight:600}
        li.for .side{color:var(--for)}
        li.against .side{color:var(--against)}
        li.missing{color:var(--muted)}
        .note{color:var(--muted);font-size:.93rem}
        ol.sources{font-size:.9rem;padding-left:2.2rem}
        ol.sources li{margin:.15rem 0}
        .url{color:var(--muted);word-break:break-all;font-size:.92em}
        :target{background:var(--head)}
        footer{margin-top:2.5rem;border-top:1px solid var(--rule);font-size:.85rem}
        @media print{
        :root{--bg:#fff;--fg:#000;--muted:#444;--rule:#bbb;--head:#eee;--link:#000;--low:#1b6b34;--medium:#8a4600;--high:#a01c22;--for:#1b6b34;--against:#a01c22}
        body{max-width:none;padding:0;font-size:10.5pt}
        nav{display:none}
        a{text-decoration:none}
        .wide{overflow:visible}
        thead th{position:static}
        thead{display:table-header-group}
        tr,figure,li,.claim h3{break-inside:avoid}
        h2,h3,h4{break-after:avoid}
        h2{break-before:auto}
        @page{margin:14mm}
        }

        """
}

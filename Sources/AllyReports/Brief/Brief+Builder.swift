import AllyModel

extension Brief {
    /// Turns model values into the brief's rows, numbering each source as a figure first cites it.
    struct Builder {
        let dataset: Dataset
        let bands: Uncertainty
        let scenario: Scenario

        // MARK: - Table

        /// An ally's scores under the scenario, their bands and change, and every source behind them.
        func row(_ r: ScenarioComparison.Row, _ numbering: inout BriefSources) -> AllyRow {
            var cells: [ScoreKind: ScoreCell] = [:]
            for kind in ScoreKind.allCases {
                let b = r.scenario.breakdown(kind), band = bands.band(kind, of: r.ally.id)
                let text = ListReport.scoreText(b, band: band)
                // A score too thin to rank is shown as its band already.
                cells[kind] = ScoreCell(text: text, band: b.total == nil || band?.rangeText == text ? nil : band?.rangeText,
                                        delta: Brief.shownDelta(r, kind))
            }
            let measured: [ScoreKind] = [.reliance, .commitment, .exposure]
            let sources = measured.flatMap { kind in r.scenario.breakdown(kind).components.flatMap { componentSources($0, kind, r.scenario) } }
            return AllyRow(ally: r.ally, cells: cells, levelBefore: r.baseline.riskLevel, level: r.scenario.riskLevel,
                           sources: numbering.numbers(sources).sorted())
        }

        // MARK: - Explained scores

        /// The four scores of one ally, component by component.
        func explanation(_ scores: AllyScores, _ numbering: inout BriefSources) -> AllyExplanation {
            AllyExplanation(ally: scores.ally, scores: ScoreKind.allCases.map { kind in
                let b = scores.breakdown(kind)
                var all: [Int] = []
                let rows = b.components.map { c -> ComponentRow in
                    let cited = c.isKnown ? numbering.numbers(componentSources(c, kind, scores)) : []
                    all += cited.filter { !all.contains($0) }
                    return ComponentRow(
                        name: c.name, input: c.input,
                        normalised: c.normalised.map { PlainText.fixed($0, 2) } ?? "—",
                        weight: kind == .risk ? "" : IndicatorValue.format(c.weight),
                        points: kind == .risk ? "" : c.isKnown ? PlainText.fixed(c.contribution, 1) : "unknown",
                        isKnown: c.isKnown, sources: cited)
                }
                let formula = kind == .risk
                    ? "risk = 100 × exposure × (1 − credibility × US share of protection), " + RiskIndex.assumptionText(scenario)
                    : nil
                return Explanation(kind: kind, heading: heading(kind, scores), formula: formula, rows: rows,
                                   total: b.total.map { PlainText.fixed($0, 1) } ?? "?", sources: all.sorted())
            })
        }

        /// `Reliance on the US: 51 (band 44–59; rank 2–11 of 33; 100 % of weight known)`.
        func heading(_ kind: ScoreKind, _ scores: AllyScores) -> String {
            let b = scores.breakdown(kind)
            var parts: [String] = []
            if let band = bands.band(kind, of: scores.ally.id), b.total != nil {
                parts.append("band \(band.rangeText)")
                parts.append(band.rankText)
            }
            parts.append("\(b.coverageText) of weight known")
            let level = kind == .risk ? ", \(scores.riskLevel.rawValue)" : ""
            return "\(kind.title.prefix(1).uppercased() + kind.title.dropFirst()): \(b.totalText)\(level) (\(parts.joined(separator: "; ")))"
        }

        /// The pages behind one component: the rows it read (gaps excluded, as in the model), the
        /// threats that name the adversaries for exposure, and for risk the scores it combines.
        func componentSources(_ c: ComponentScore, _ kind: ScoreKind, _ scores: AllyScores) -> [Source] {
            if kind == .risk {
                let parts: [ScoreKind] = c.id == RiskComponent.exposure.rawValue ? [.exposure] : [.reliance, .commitment]
                return parts.flatMap { k in scores.breakdown(k).components.filter(\.isKnown).flatMap { componentSources($0, k, scores) } }
            }
            var out: [Source] = c.evidence.compactMap { id in
                switch dataset.evidence(id) {
                case .indicator(let x): return x.value.isUnknown ? nil : x.source
                case .event(let e): return e.source
                case nil: return nil
                }
            }
            if kind == .exposure { out += dataset.threats(to: scores.ally.id).map(\.source) }
            // A count of events that found none (no US defence, no attack) rests on the timeline as a whole.
            if out.isEmpty && c.isKnown && c.evidence.isEmpty { out.append(Brief.timeline) }
            return out
        }

        // MARK: - Claims

        /// A claim with its verdict and each linked row of evidence, cited.
        func claim(_ v: ClaimVerdict, _ numbering: inout BriefSources) -> ClaimEntry {
            let lines = v.claim.supports.map { (Evidence.Side.for, $0) } + v.claim.contradicts.map { (Evidence.Side.against, $0) }
            let evidence = lines.map { side, id in
                Evidence(side: side, text: Self.evidenceText(id, dataset),
                         sources: BriefSources.source(ofEvidence: id, in: dataset).map { [numbering.number($0)] } ?? [])
            }
            return ClaimEntry(verdict: v, anchor: ClaimReviewFeed.anchor(for: v.claim), evidence: evidence)
        }

        /// `Israel · US share of arms imports: 69% (2019-2023)`, `2025-06-13 Israel attacks Iran`;
        /// `~` after a low-confidence figure. The source is the citation, so it is not repeated.
        static func evidenceText(_ id: String, _ dataset: Dataset) -> String {
            switch dataset.evidence(id) {
            case .indicator(let x):
                let who = dataset.actor(x.actor)?.name ?? x.actor
                let when = x.yearText.isEmpty ? "" : " (\(x.yearText))"
                return "\(who) · \(x.label): \(x.displayValue)\(x.source.confidence.mark)\(x.verificationMark)\(when)"
            case .event(let e):
                return "\(e.date.text) \(e.title)\(e.source.confidence.mark)"
            case nil:
                return "\(id): not in this dataset"
            }
        }
    }
}

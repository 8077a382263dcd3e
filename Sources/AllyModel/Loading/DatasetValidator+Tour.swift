extension DatasetValidator {
    /// A tour covers the article without gaps: one step per paragraph from ¶0, each claim in the
    /// step of its own paragraph and in no other, and only ids and components that exist.
    mutating func checkTour() {
        guard !tour.isEmpty else { return }
        var claimAt: [String: Int] = [:]
        for (i, c) in claims.enumerated() where claimAt[c.id] == nil { claimAt[c.id] = i }
        var stepAt: [Int: Int] = [:]
        var placed: [String: Int] = [:]
        for (i, step) in tour.enumerated() {
            checkTourText(i, step)
            if let first = stepAt[step.paragraph] {
                let p = place(.tour, first)
                fail(.tour, i, "paragraph", "¶\(step.paragraph) already has a step at \(p.file):\(p.line): expected one step per paragraph")
            } else {
                stepAt[step.paragraph] = i
            }
            for a in step.actors where actors.position(of: a) == nil {
                fail(.tour, i, "actors", "unknown actor id \"\(a)\": expected an id from the actors file")
            }
            for name in step.components where TourParagraph.component(named: name) == nil {
                fail(.tour, i, "components", "unknown component \"\(name)\": expected one of \(TourParagraph.componentNames.joined(separator: ", "))")
            }
            for id in step.claims {
                guard let c = claimAt[id] else {
                    fail(.tour, i, "claims", "unknown claim id \"\(id)\": expected an id from the claims file")
                    continue
                }
                if let other = placed[id] {
                    let p = place(.tour, other)
                    fail(.tour, i, "claims", "claim \"\(id)\" is already in the step at \(p.file):\(p.line): expected each claim in exactly one step")
                    continue
                }
                placed[id] = i
                if claims[c].paragraph != step.paragraph {
                    let p = place(.claims, c)
                    fail(.tour, i, "claims", "claim \"\(id)\" is from ¶\(claims[c].paragraph) (\(p.file):\(p.line)): expected it in that paragraph's step")
                }
            }
        }
        checkTourCoverage(stepAt, placed)
    }

    private mutating func checkTourText(_ i: Int, _ step: TourParagraph) {
        safe(.tour, i, "topic", step.topic); required(.tour, i, "topic", step.topic)
        safe(.tour, i, "actors", list: step.actors); safe(.tour, i, "claims", list: step.claims)
        safe(.tour, i, "components", list: step.components)
    }

    /// No paragraph skipped between ¶0 and the last step, and every claim placed.
    private mutating func checkTourCoverage(_ stepAt: [Int: Int], _ placed: [String: Int]) {
        let sorted = stepAt.keys.sorted()
        var expected = 0
        for n in sorted {
            if n > expected {
                let gap = n - 1 == expected ? "¶\(expected) is" : "¶\(expected)–¶\(n - 1) are"
                fail(.tour, stepAt[n]!, "paragraph", "\(gap) missing: expected one step for every paragraph from ¶0")
            }
            expected = n + 1
        }
        for (i, c) in claims.enumerated() where placed[c.id] == nil {
            if let step = stepAt[c.paragraph] {
                let p = place(.claims, i)
                fail(.tour, step, "claims", "leaves out claim \"\(c.id)\" of ¶\(c.paragraph) (\(p.file):\(p.line)): expected every claim in its paragraph's step")
            } else {
                fail(.claims, i, "paragraph", "¶\(c.paragraph) has no step in the tour: expected one step for every paragraph with a claim")
            }
        }
    }
}

import Testing
@testable import AllyTUI

/// Text whose scalars are each a cluster of their own (ASCII, Latin, dashes, arrows, shapes: the
/// panes' text, rebuilt on many keys) is wrapped scalar by scalar; the result must be the
/// per-cluster path's exactly: the same text in the same styles on each line (the words of a
/// line may be one span or several).
@Suite struct WrapByScalarTests {
    /// A fixed pseudo-random generator, so a failure names a case that can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static func line(_ rng: inout Generator) -> StyledLine {
        let words = ["a", "to", "the", "Israel", "exposure", "US-troops", "(2024)", "x", "supercalifragilistic", "",
                     "·", "—", "Curaçao", "→", "●○◐", "€12", "\u{AD}", "日本", "e\u{301}", "🇮🇱", "naïve—café…"]
        var spans: [Span] = []
        for s in 0..<Int.random(in: 1...4, using: &rng) {
            var text = ""
            for _ in 0..<Int.random(in: 0...9, using: &rng) {
                text += words.randomElement(using: &rng)! + String(repeating: " ", count: Int.random(in: 0...2, using: &rng))
            }
            spans.append(Span(text, s % 2 == 0 ? .plain : Style(bold: true)))
        }
        return StyledLine(spans)
    }

    /// A line as runs of one style each: adjacent spans of the same style joined.
    static func runs(_ line: StyledLine) -> [Span] {
        var out: [Span] = []
        for span in line.spans where !span.text.isEmpty {
            if let last = out.last, last.style == span.style { out[out.count - 1].text += span.text } else { out.append(span) }
        }
        return out
    }

    @Test func byScalarWrappingMatchesThePerCharacterPath() {
        var rng = Generator(state: 42)
        for case_ in 0..<2_000 {
            let line = Self.line(&rng)
            let width = Int.random(in: 1...40, using: &rng)
            let indent = Int.random(in: 0...4, using: &rng)
            let fast = line.wrapped(to: width, indent: indent, byScalar: true)
            let general = line.wrapped(to: width, indent: indent, byScalar: false)
            #expect(fast.map(Self.runs) == general.map(Self.runs), "case \(case_): width \(width) indent \(indent) \(line.spans.map(\.text))")
        }
    }

    @Test func widthsByScalarMatchWidthsByCluster() {
        for text in ["Israel · 2024 — US → ●", "Curaçao €12 ≤ 3", "soft\u{AD}hyphen"] {
            #expect(DisplayWidth.simpleWidth(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        }
        for text in ["e\u{301}", "🇮🇱", "👨\u{200D}👩", "✔\u{FE0F}", "한"] { #expect(DisplayWidth.simpleWidth(text) == nil, "\(text)") }
    }

    @Test func mixedSpansTakeEachItsOwnPath() {
        let line = StyledLine([Span("Tel Aviv is near ", .plain), Span("日本 東京 ", Style(bold: true)), Span("and far from Seoul", .plain)])
        #expect(line.wrapped(to: 12, indent: 2, byScalar: true).map(Self.runs) == line.wrapped(to: 12, indent: 2, byScalar: false).map(Self.runs))
    }
}

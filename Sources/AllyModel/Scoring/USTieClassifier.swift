#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Reads an ally's formal tie to the US from the `us_security_tie`, `mnna_year` and
/// `us_security_executive_order` indicators, by explicit text rules (tested one by one).
public enum USTieClassifier {
    /// Phrases that deny a treaty; checked first so "no defence treaty" is never read as a treaty.
    static let treatyDenials = ["no treaty", "no defence treaty", "no defense treaty", "no mutual defence treaty", "no mutual defense treaty",
                                "not a treaty", "without a treaty"]
    static let automaticPhrases = ["art. 5", "article 5", "north atlantic treaty", "nato member", "nato founding member"]
    static let consultativePhrases = ["mutual defense treaty", "mutual defence treaty", "treaty of mutual cooperation and security",
                                      "anzus", "security treaty", "defense treaty", "defence treaty"]
    static let designatedPhrases = ["major non-nato ally", "mou", "memorandum of understanding", "relations act",
                                    "defense cooperation agreement", "defence cooperation agreement",
                                    "major defense partner", "major defence partner", "executive order"]
    static let informalPhrases = ["security partnership", "partnership", "partner"]
    static let nonePhrases = ["none", "no", "no tie", "no arrangement"]

    /// Classifies the tie text alone; nil when no rule matches (the tie is then unknown, not "none").
    public static func classify(text: String) -> USTieLevel? {
        // Memoised: the rules are pure, tie texts repeat across allies ("NATO member (Art. 5)"), and
        // Foundation's substring search made this a quarter of scoring time on large datasets.
        if let hit = memo.value(for: text) { return hit }
        let level = uncachedClassify(text)
        memo.store(level, for: text)
        return level
    }

    private static let memo = ClassificationMemo()

    private static func uncachedClassify(_ text: String) -> USTieLevel? {
        let t = text.lowercased()
        if automaticPhrases.contains(where: t.containsBytes) && !t.containsBytes("non-nato") { return .automaticTreaty }
        let denied = treatyDenials.contains(where: t.containsBytes)
        if !denied && consultativePhrases.contains(where: t.containsBytes) { return .consultativeTreaty }
        if containsWord(t, designatedPhrases) { return .designated }
        if informalPhrases.contains(where: t.containsBytes) { return .informal }
        if nonePhrases.contains(t.trimmingWhitespace()) { return .noTie }
        if denied { return .informal }
        return nil
    }

    /// The tie of one ally; `leavingTreaty` drops treaty levels to what survives without the treaty.
    public static func assess(ally: String, in dataset: Dataset, leavingTreaty: Bool = false) -> USTieAssessment {
        var evidence: [Indicator] = []
        var reasons: [String] = []
        var level: USTieLevel?
        if let tie = dataset.indicator(ally, .usSecurityTie), case .text(let text) = tie.value {
            evidence.append(tie)
            if var fromText = classify(text: text) {
                if leavingTreaty && fromText.isTreaty { fromText = .noTie; reasons.append("leaves its treaty (scenario)") }
                level = fromText
                reasons.append("\"\(text)\"")
            } else {
                reasons.append("\"\(text)\" matches no rule")
            }
        }
        if let mnna = dataset.indicator(ally, .mnnaYear), let year = mnna.value.number {
            evidence.append(mnna)
            level = max(level ?? .noTie, .designated)
            reasons.append("Major Non-NATO Ally since \(Int(year))")
        }
        if let order = dataset.indicator(ally, .usSecurityExecutiveOrder), !order.value.isUnknown {
            evidence.append(order)
            level = max(level ?? .noTie, .designated)
            reasons.append("US executive order\(order.yearText.isEmpty ? "" : " of \(order.yearText)")")
        }
        return USTieAssessment(level: level, reasons: reasons, evidence: evidence)
    }

    /// Whole-word match for short phrases such as "mou" so "amount" does not count.
    private static func containsWord(_ text: String, _ phrases: [String]) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "." }.joined(separator: " ")
        let padded = " " + words + " "
        return phrases.contains { padded.containsBytes(" " + $0 + " ") || (text.containsBytes($0) && $0.count > 4) }
    }
}

/// A lock-guarded text → level table for `USTieClassifier.classify` (bounded: it stops growing at 4096 texts).
private final class ClassificationMemo: Sendable {
    private let levels = Mutex<[String: USTieLevel?]>([:])

    /// `.some(level)` when `text` was classified before (the level itself may be nil), else nil.
    func value(for text: String) -> USTieLevel?? {
        levels.withLock { $0[text] }
    }

    func store(_ level: USTieLevel?, for text: String) {
        levels.withLock { if $0.count < 4096 { $0[text] = .some(level) } }
    }
}

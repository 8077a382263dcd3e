/// How much of its outcome a check is asked for.
public enum CheckDetail: Sendable {
    /// Verdict, reasoning and every statement, for display.
    case full
    /// The verdict only (the text may be left short): what-if searches ask this many times.
    case verdictOnly
}

/// A named test of one claim against the data, run by `ClaimAssessor`.
public struct ClaimCheck: Sendable {
    /// Short name shown with the verdict, e.g. "nuclear status of Israel's adversaries".
    public let name: String
    private let body: @Sendable (Claim, ScoringModel, CheckDetail) -> CheckOutcome

    /// A check named `name` that runs `run` on a claim under a scoring model.
    public init(name: String, run: @escaping @Sendable (Claim, ScoringModel) -> CheckOutcome) {
        self.name = name; body = { claim, model, _ in run(claim, model) }
    }

    /// A check that can skip work feeding only its reasoning when just the verdict is wanted.
    public init(name: String, detailed run: @escaping @Sendable (Claim, ScoringModel, CheckDetail) -> CheckOutcome) {
        self.name = name; body = run
    }

    /// Runs the check; `detail` never changes the verdict, only how much is explained.
    func run(_ claim: Claim, _ model: ScoringModel, _ detail: CheckDetail = .full) -> CheckOutcome {
        body(claim, model, detail)
    }
}

/// What a check found: the verdict, why, and the computed statements on each side.
public struct CheckOutcome: Sendable, Hashable {
    public var verdict: Verdict
    public var reasoning: String
    public var supporting: [String]
    public var contradicting: [String]

    /// An outcome with its verdict, one-line reasoning and computed statements for and against.
    public init(_ verdict: Verdict, _ reasoning: String, supporting: [String] = [], contradicting: [String] = []) {
        self.verdict = verdict; self.reasoning = reasoning; self.supporting = supporting; self.contradicting = contradicting
    }

    /// The check could not run (an actor or figure it needs is missing); the assessor falls back to the linked evidence.
    public static func cannotCompute(_ why: String) -> CheckOutcome { CheckOutcome(.needsJudgement, "could not compute: \(why)") }

    var couldNotCompute: Bool { verdict == .needsJudgement && reasoning.hasPrefix("could not compute") }

    /// Verdict from how many parts hold: all → supported, none → contradicted, some → mixed.
    static func tally(holds: Int, fails: Int) -> Verdict {
        if fails == 0 && holds > 0 { return .supported }
        if holds == 0 && fails > 0 { return .contradicted }
        return holds > 0 ? .mixed : .needsJudgement
    }
}

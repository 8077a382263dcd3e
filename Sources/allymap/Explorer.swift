import AllyModel
import AllyTUI
import AllyTerminal
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Opens the full-screen explorer and runs it until the user quits; returns the exit status.
/// Throws `TerminalError` (exit 2 through `CommandExit`) when there is no usable terminal.
enum Explorer {
    @MainActor
    static func run(dataset: Dataset, region: Region, select: String?, ascii: Bool, tour: Bool = false,
                    theme chosen: ColorTheme? = nil) throws -> Int32 {
        // Read before the screen is taken over, so a bad config is reported where it can be seen.
        let (config, configWarning) = UserSettings.loadQuietly()
        let (theme, themeWarning) = UserSettings.theme(chosen, config: config, configUsable: configWarning == nil)
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        StartupTrace.mark("terminal opened")
        defer { StartupTrace.write() }
        // The user's saved weights and scenarios apply here too (s cycles through them after the presets).
        let scenarios = ScenarioCatalog(config: config).scenarios
        // `:weight` swaps this for one built with the new weights (Effect.reweigh).
        var derived = makeDerived(dataset, weights: config.weights, scenarios: scenarios)
        var state = AppState(dataset: dataset, scenarios: scenarios, region: region, screen: terminal.size,
                             unicode: terminal.capabilities.unicode && !ascii)
        state.weights = config.weights
        state.clipboardRefusal = Clipboard.refusal(environment: ProcessInfo.processInfo.environment)
        var memory = ExplorerMemory()
        let remembered = memory.load()
        (state.history, state.marks) = (remembered.history, remembered.marks)
        if let select { state.select(select) }
        if tour { _ = state.apply(.startTour, derived) }
        state.colorTheme = theme
        state.colours = terminal.colorMode != .none
        let notes = [configWarning.map { "config ignored (default weights in use): \($0)" }, themeWarning, remembered.note].compactMap { $0 }
        if !notes.isEmpty { state.status = notes.joined(separator: "; ") }
        StartupTrace.mark("state ready")
        var frames = 0
        return TerminalApp.run(on: terminal, initial: state, update: { state, event in
            // The loop reports the first frame's measurements right after writing it.
            if frames == 1, case .measured = event { StartupTrace.mark("first frame written"); frames += 1 }
            return reduce(&state, event, derived)
        }, view: { state, _, _ in
            let frame = ExplorerView(state, derived).frame()
            if frames == 0 { StartupTrace.mark("first frame drawn"); frames = 1 }
            return frame
        }, perform: { effect in
            switch effect {
            case .saveHistory(let line): return memory.record(line)
            case .saveMarks(let marks): return memory.save(marks)
            case .exportBrief(let request): return BriefExport.run(request, dataset: dataset)
            case .reweigh(let weights):
                derived = makeDerived(dataset, weights: weights, scenarios: scenarios)
                warm(derived)
                return []
            case .quit, .copy: return [] // the loop's own
            }
        }, idle: {
            derived.prepareWhileIdle()
            warm(derived)
        })
    }

    /// The derived data for these weights. The first frame shows the scores; their bands,
    /// computed on a thread of their own, follow a frame later (at start, and after `:weight`).
    private static func makeDerived(_ dataset: Dataset, weights: ScoreWeights, scenarios: [Scenario]) -> Derived {
        let derived = Derived(dataset: dataset, weights: weights, scenarios: scenarios)
        if derived.deferBaselineBands() {
            Parallel.detach { derived.computeBaselineBands(); TerminalApp.requestRefresh() }
        }
        return derived
    }

    /// Scores the what-ifs and claims ahead on a thread of their own: it takes long enough to
    /// delay keys, and the loop need not wait.
    private static func warm(_ derived: Derived) {
        Parallel.detach { derived.warmClaims(); derived.warmScenarios() }
    }
}

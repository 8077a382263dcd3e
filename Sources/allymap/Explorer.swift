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
    /// Where the explorer's data comes from.
    enum Source {
        /// Loaded before the screen opens: a `--data` path (its errors print on a plain
        /// terminal) or data an option needed first (`--select`).
        case loaded(Dataset)
        /// The built-in dataset, decoded on a second thread while the screen shows the map.
        case builtIn
    }

    /// Decodes the first frame's country outlines on a thread of their own while the dataset
    /// loads and the terminal opens. Nothing to do when standard output is not a terminal: the
    /// explorer will refuse to start.
    static func prepareMap(_ region: Region) {
        guard let screen = NcursesTerminal.windowSize() else { return }
        Parallel.detach { WorldGeometry.prepare(region: region, screen: screen) }
    }

    @MainActor
    static func run(_ source: Source, region: Region, select: String?, ascii: Bool, tour: Bool = false,
                    theme chosen: ColorTheme? = nil) throws -> Int32 {
        if case .builtIn = source { prepareMap(region) }
        // Read before the screen is taken over, so a bad config is reported where it can be seen.
        let (config, configWarning) = UserSettings.loadQuietly()
        let (theme, themeWarning) = UserSettings.theme(chosen, config: config, configUsable: configWarning == nil)
        let terminal: NcursesTerminal
        let decoded: Result<Dataset, any Error>
        switch source {
        case .loaded(let dataset):
            terminal = try NcursesTerminal()
            decoded = .success(dataset)
            StartupTrace.mark("terminal opened")
        case .builtIn:
            // The data decodes on a second thread while this one opens the terminal and draws
            // the outlines (decoded by a third, `prepareMap`), which the terminal parses (most of
            // the first frame's bytes) while the data is still decoding; the first full frame
            // then sends only what the data adds.
            (terminal, decoded) = try Parallel.both({
                let terminal = try NcursesTerminal()
                StartupTrace.mark("terminal opened")
                let unicode = terminal.capabilities.unicode && !ascii
                if let frame = LoadingFrame(screen: terminal.size, region: region, theme: theme, unicode: unicode).render() {
                    terminal.draw(frame)
                }
                StartupTrace.mark("loading frame written")
                return terminal
            }, { Result { try DatasetLoader.loadDefault() } })
        }
        defer { terminal.restore() }
        defer { StartupTrace.write() }
        let dataset = try decoded.get()
        if case .builtIn = source { StartupTrace.mark("dataset loaded") } // else marked before the terminal opened
        // The user's saved weights and scenarios apply here too (s cycles through them after the presets).
        let scenarios = ScenarioCatalog(config: config).scenarios
        // `:weight` swaps this for one built with the new weights (Effect.reweigh). At start the
        // bands wait for the first frame (started by `startBackgroundWork`): on two cores their
        // thread would share the CPU with drawing it and with the terminal parsing it.
        var (derived, bandsPending) = makeDerived(dataset, weights: config.weights, scenarios: scenarios, bandsNow: false)
        // The claim checks too: the Claims pane says they are running until they are in.
        var checksPending = derived.deferClaimChecks()
        func startBackgroundWork() {
            if bandsPending {
                bandsPending = false
                computeBandsInBackground(derived)
            }
            if checksPending {
                checksPending = false
                Parallel.detach { [derived] in derived.warmClaims(); TerminalApp.requestRefresh() }
            }
        }
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
            if frames == 1, case .measured = event {
                StartupTrace.mark("first frame written")
                frames += 1
                startBackgroundWork()
            }
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
                derived = makeDerived(dataset, weights: weights, scenarios: scenarios).derived
                derived.deferClaimChecks() // run by `warm`, not by the next frame
                warm(derived)
                return []
            case .quit, .copy: return [] // the loop's own
            }
        }, idle: {
            startBackgroundWork() // in case the first frame reported no measurements
            derived.prepareWhileIdle()
            warm(derived)
        })
    }

    /// The derived data for these weights. The first frame shows the scores; their bands,
    /// computed on a thread of their own, follow a frame later: started here after `:weight`,
    /// by the caller once the first frame is out at start (`bandsNow: false`).
    /// The bands are marked pending at once either way, so no frame computes them itself
    /// (`bandsPending`: the caller still has to start them).
    private static func makeDerived(_ dataset: Dataset, weights: ScoreWeights, scenarios: [Scenario],
                                    bandsNow: Bool = true) -> (derived: Derived, bandsPending: Bool) {
        let derived = Derived(dataset: dataset, weights: weights, scenarios: scenarios)
        guard derived.deferBaselineBands() else { return (derived, false) }
        guard bandsNow else { return (derived, true) }
        computeBandsInBackground(derived)
        return (derived, false)
    }

    /// Computes the baseline's bands on a thread of their own, then asks for a frame to show
    /// them. Until then `band` answers nil instead of computing them on the caller's thread.
    private static func computeBandsInBackground(_ derived: Derived) {
        Parallel.detach { derived.computeBaselineBands(); TerminalApp.requestRefresh() }
    }

    /// Scores the what-ifs and claims ahead on a thread of their own: it takes long enough to
    /// delay keys, and the loop need not wait.
    private static func warm(_ derived: Derived) {
        Parallel.detach {
            derived.warmClaims()
            TerminalApp.requestRefresh() // a Claims pane drawn while they were being checked
            derived.warmScenarios()
        }
    }
}

import AllyModel
import AllyTUI
import AllyTerminal
import ArgumentParser
import Foundation

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
        // The user's saved weights and scenarios apply here too (s cycles through them after the presets).
        let scenarios = ScenarioCatalog(config: config).scenarios
        let derived = Derived(dataset: dataset, weights: config.weights, scenarios: scenarios)
        var state = AppState(dataset: dataset, scenarios: scenarios, region: region, screen: terminal.size,
                             unicode: terminal.capabilities.unicode && !ascii)
        state.clipboardRefusal = Clipboard.refusal(environment: ProcessInfo.processInfo.environment)
        if let select { state.select(select) }
        if tour { _ = state.apply(.startTour, derived) }
        state.colorTheme = theme
        state.colours = terminal.colorMode != .none
        if let themeWarning { state.status = themeWarning }
        if let configWarning { state.status = "config ignored (default weights in use): \(configWarning)" }
        if derived.deferBaselineBands() {
            // The first frame shows the scores; their bands follow a frame later.
            Thread { derived.computeBaselineBands(); TerminalApp.requestRefresh() }.start()
        }
        return TerminalApp.run(on: terminal, initial: state, update: { state, event in
            reduce(&state, event, derived)
        }, view: { state, _, _ in
            ExplorerView(state, derived).frame()
        }, idle: {
            derived.prepareWhileIdle()
            // Scoring the what-ifs ahead takes long enough to delay keys; the loop need not wait.
            Thread { derived.warmClaims(); derived.warmScenarios() }.start()
        })
    }
}

import AllyModel

extension AppState {
    /// Keys in the what-if picker: move the highlight, apply it, go back to the baseline, cancel or quit.
    /// Keys without a binding do nothing (the list stays, as in a menu).
    mutating func handlePickerKey(_ key: Key, _ picker: ScenarioPicker) -> [Effect] {
        var picker = picker
        let last = scenarios.count - 1
        switch KeyTable.action(for: key, in: .picker) {
        case .nextChoice?:
            picker.index = picker.index >= last ? 0 : picker.index + 1
        case .previousChoice?:
            picker.index = picker.index <= 0 ? last : picker.index - 1
        case .acceptPrompt?:
            mode = picker.over
            applyScenario(picker.index)
            return []
        case .baselineScenario?:
            mode = picker.over
            applyScenario(0)
            return []
        case .back?:
            mode = picker.over
            return []
        case .quit?:
            return [.quit]
        default:
            return []
        }
        mode = .scenarioPicker(picker)
        return []
    }

    /// Puts the scenario at `index` in force and says so in the status line.
    mutating func applyScenario(_ index: Int) {
        guard scenarios.indices.contains(index) else { return }
        if index == scenarioIndex {
            status = index == 0 ? "already at the baseline: s lists the what-if scenarios" : "\(scenario.name) is already in force"
            return
        }
        scenarioIndex = index
        status = index == 0 ? "baseline: the data as it is" : "what-if: \(scenario.name) — S returns to the baseline"
    }
}

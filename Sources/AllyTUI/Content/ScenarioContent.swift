import AllyModel

/// The words of the what-if banner and picker, from the state's scenario list.
public enum ScenarioContent {
    /// One picker row per scenario, in catalog order; saved ones say so.
    public static func rows(_ scenarios: [Scenario], active: Int) -> [ScenarioPickerOverlay.Row] {
        scenarios.enumerated().map { i, s in
            ScenarioPickerOverlay.Row(name: s.name, description: s.oneLine, tag: isSaved(s, at: i) ? "saved" : "", active: i == active)
        }
    }

    /// The highlighted scenario explained: its summary, then what it changes, wrapped to `width`.
    public static func details(_ scenario: Scenario, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        // A hand-edited config may break the summary over lines; the box wraps it itself.
        let summary = scenario.summary.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !summary.isEmpty { out.append(StyledLine(summary)) }
        let settings = scenario.settings
        out.append(StyledLine([Span("changes: ", Theme.label),
                               Span(settings.isEmpty ? "nothing: every score as the data gives it" : settings.joined(separator: " "), Theme.dim)]))
        return out.flatMap { $0.wrapped(to: width, indent: 2) }
    }

    /// Whether a scenario is the user's own rather than a built-in preset.
    static func isSaved(_ scenario: Scenario, at index: Int) -> Bool {
        index > 0 && !ScenarioPresets.all.contains(scenario)
    }
}

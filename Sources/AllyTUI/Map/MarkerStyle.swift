import AllyModel

/// The shape of a map marker: one per kind of actor, nuclear-armed adversaries apart.
public enum MarkerSymbol: String, Sendable, Hashable, CaseIterable {
    case ally, adversary, nuclearAdversary, armedGroup, unitedStates

    /// The symbol for a marker's kind and nuclear status.
    public init(_ marker: MapMarker) {
        switch marker.kind {
        case .ally: self = .ally
        case .adversary: self = marker.nuclear ? .nuclearAdversary : .adversary
        case .nonstate: self = .armedGroup
        case .us: self = .unitedStates
        }
    }

    /// The character drawn in the given charset (never an emoji-capable one, so always 1 cell wide).
    public func glyph(_ charset: MapCharset) -> Character {
        switch (self, charset) {
        case (.ally, .braille): return "●"
        case (.ally, .ascii): return "o"
        case (.adversary, .braille): return "▲"
        case (.adversary, .ascii): return "^"
        case (.nuclearAdversary, .braille): return "◆"
        case (.nuclearAdversary, .ascii): return "*"
        case (.armedGroup, .braille): return "✕"
        case (.armedGroup, .ascii): return "x"
        case (.unitedStates, .braille): return "★"
        case (.unitedStates, .ascii): return "@"
        }
    }

    /// What the symbol means, for legends.
    public var meaning: String {
        switch self {
        case .ally: return "ally"
        case .adversary: return "adversary"
        case .nuclearAdversary: return "nuclear-armed adversary"
        case .armedGroup: return "armed group"
        case .unitedStates: return "United States"
        }
    }
}

/// Colours and attributes of markers and labels: allies by risk level, threats in their own colours.
public enum MarkerStyle {
    /// Colour of an ally at a risk level (nil and `.unknown` are a neutral grey).
    public static func color(for level: RiskLevel?) -> Color {
        switch level {
        case .low: return .brightGreen
        case .medium: return .orange
        case .high: return .brightRed
        case .unknown, nil: return .gray
        }
    }

    /// "green low, orange medium, red high, grey unknown": the ally colours in words, for help text.
    public static var riskLegend: String {
        RiskLevel.allCases.map { "\(color(for: $0).colourName) \($0.rawValue)" }.joined(separator: ", ")
    }

    /// The marker cell's style; the selected marker is also reversed.
    public static func style(for marker: MapMarker, selected: Bool) -> Style {
        let color: Color
        switch MarkerSymbol(marker) {
        case .ally: color = self.color(for: marker.level)
        case .adversary: color = .magenta
        case .nuclearAdversary: color = .brightMagenta
        case .armedGroup: color = .red
        case .unitedStates: color = .brightBlue
        }
        return Style(foreground: color, bold: true, reverse: selected)
    }

    /// The label's style: plain text; the selected one bold and reversed.
    public static func labelStyle(selected: Bool) -> Style {
        selected ? Style(bold: true, reverse: true) : .plain
    }

    /// A risk change as shown after a label: "+5" or "−3" ("-3" in ASCII). Signs rather than
    /// triangles, because `▲` and `^` already mean an adversary.
    public static func changeText(_ change: Int, charset: MapCharset) -> String {
        change > 0 ? "+\(change)" : (charset == .braille ? "−" : "-") + "\(-change)"
    }

    /// The change's style: risk up in the high-risk colour, down in the low-risk one; reversed
    /// with the selected label.
    public static func changeStyle(_ change: Int, selected: Bool) -> Style {
        Style(foreground: color(for: change > 0 ? .high : .low), bold: true, reverse: selected)
    }

    /// The style of coastlines and borders.
    public static let land = Style(foreground: .land)
}

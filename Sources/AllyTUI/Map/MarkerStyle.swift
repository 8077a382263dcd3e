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
        case (.unitedStates, .ascii): return "U"
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

extension RiskLevel {
    /// The ally marker for this level: the fuller the dot, the higher the risk, so the level
    /// reads without colour (NO_COLOR, colour blindness). ASCII: `o` low, `O` medium, `@` high
    /// (no glyph the ASCII outlines use).
    public func glyph(_ charset: MapCharset) -> Character {
        switch (self, charset) {
        case (.low, .braille): return "○"
        case (.low, .ascii): return "o"
        case (.medium, .braille): return "◐"
        case (.medium, .ascii): return "O"
        case (.high, .braille): return "●"
        case (.high, .ascii): return "@"
        case (.unknown, .braille): return "◌"
        case (.unknown, .ascii): return "?"
        }
    }
}

/// Colours and attributes of markers and labels: allies by risk level, threats in their own colours.
public enum MarkerStyle {
    /// The character a marker is drawn with: an ally's shows its risk level, others their kind.
    public static func glyph(for marker: MapMarker, charset: MapCharset) -> Character {
        let symbol = MarkerSymbol(marker)
        guard symbol == .ally else { return symbol.glyph(charset) }
        return (marker.level ?? .unknown).glyph(charset)
    }

    /// Colour of an ally at a risk level (nil and `.unknown` are a neutral grey).
    public static func color(for level: RiskLevel?) -> Color {
        switch level {
        case .low: return .brightGreen
        case .medium: return .orange
        case .high: return .brightRed
        case .unknown, nil: return .gray
        }
    }

    /// "green low, orange medium, red high, grey unknown": the ally colours in words, for help
    /// text, as the theme draws them.
    public static func riskLegend(_ theme: ColorTheme = .dark) -> String {
        RiskLevel.allCases.map { "\(theme.colourName(of: color(for: $0))) \($0.rawValue)" }.joined(separator: ", ")
    }

    /// "green low, orange medium, red high, grey unknown" (the dark theme's words).
    public static var riskLegend: String { riskLegend(.dark) }

    /// The marker cell's style; the selected marker is also reversed.
    public static func style(for marker: MapMarker, selected: Bool) -> Style {
        let symbol = MarkerSymbol(marker)
        let color = symbol == .ally ? self.color(for: marker.level) : self.color(for: symbol)
        return Style(foreground: color, bold: true, reverse: selected)
    }

    /// The colour of a marker that is not an ally's (allies take their risk level's).
    public static func color(for symbol: MarkerSymbol) -> Color {
        switch symbol {
        case .ally: return color(for: nil)
        case .adversary: return .magenta
        case .nuclearAdversary: return .brightMagenta
        case .armedGroup: return .red
        case .unitedStates: return .brightBlue
        }
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

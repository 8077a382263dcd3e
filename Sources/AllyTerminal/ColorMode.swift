/// How many colours the backend uses.
public enum ColorMode: Sendable, Hashable, CustomStringConvertible {
    /// Monochrome: NO_COLOR is set or the terminal has no colours. Attributes still apply.
    case none
    /// The eight ANSI colours.
    case basic8
    /// The xterm 256-colour palette.
    case extended256

    /// Picks the mode from the environment and what terminfo reports.
    ///
    /// `noColor` is the value of `NO_COLOR`; per no-color.org only a non-empty value counts.
    public static func detect(noColor: String?, colorAllowed: Bool = true, hasColors: Bool, colors: Int) -> ColorMode {
        if let noColor, !noColor.isEmpty { return .none }
        guard colorAllowed, hasColors else { return .none }
        if colors >= 256 { return .extended256 }
        if colors >= 8 { return .basic8 }
        return .none
    }

    public var description: String {
        switch self {
        case .none: "none"
        case .basic8: "8"
        case .extended256: "256"
        }
    }
}

/// Which multi-scalar emoji the terminal draws as one glyph in the columns ncurses counts.
///
/// ncurses places a cell by the width of its first scalar (two for 👨, 👍). A terminal that
/// joins a ZWJ sequence (👨‍👩‍👧) or a skin tone (👍🏽) draws it there too; one that does not
/// draws each part (six or four columns) and every later cell on the row lands too far right.
/// Measured: tmux 3.3a joins ZWJ sequences but draws a skin tone as a separate wide glyph;
/// xterm and VTE join neither. What a terminal does not join is left out when drawing (the
/// family's first member, the emoji without its tone), so the row stays exact everywhere.
/// The environment decides; `ALLYMAP_EMOJI=joined` or `=basic` overrides the guess.
public struct EmojiSupport: Sendable, Hashable {
    /// ZWJ sequences and tag sequences (subdivision flags) are drawn as one glyph.
    public var sequences: Bool
    /// A skin-tone modifier merges into the emoji before it.
    public var modifiers: Bool

    public init(sequences: Bool, modifiers: Bool) {
        self.sequences = sequences
        self.modifiers = modifiers
    }

    /// Everything joined (kitty, WezTerm, iTerm2, Ghostty, foot, Windows Terminal).
    public static let joined = EmojiSupport(sequences: true, modifiers: true)
    /// Nothing joined: the safe default for a terminal we do not know.
    public static let basic = EmojiSupport(sequences: false, modifiers: false)

    /// The support of the terminal described by `environment` (TERM, TERM_PROGRAM…).
    public static func detect(_ environment: [String: String]) -> EmojiSupport {
        switch environment["ALLYMAP_EMOJI"] {
        case "joined": return .joined
        case "basic": return .basic
        default: break
        }
        let term = environment["TERM"] ?? "", program = environment["TERM_PROGRAM"] ?? ""
        if program == "tmux" || term.hasPrefix("tmux") {
            // tmux draws what it stores, whatever the outer terminal: ZWJ joined from 3.3.
            let version = (environment["TERM_PROGRAM_VERSION"] ?? "").split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
            let joinsZWJ = program == "tmux" && version.count >= 2 && (version[0], version[1]) >= (3, 3)
            return EmojiSupport(sequences: joinsZWJ, modifiers: false)
        }
        if ["xterm-kitty", "xterm-ghostty", "wezterm"].contains(term) || term.hasPrefix("foot")
            || ["WezTerm", "iTerm.app", "ghostty", "Apple_Terminal"].contains(program)
            || !(environment["WT_SESSION"] ?? "").isEmpty {
            return .joined
        }
        return .basic
    }
}

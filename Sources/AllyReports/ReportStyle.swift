/// How a report marks emphasis: not at all (files, pipes, NO_COLOR) or with ANSI SGR codes.
///
/// The caller decides (the executable knows whether stdout is a terminal); reports only ask
/// for bold, dim or a colour, so every report renders the same text either way.
public struct ReportStyle: Sendable, Hashable {
    /// Whether SGR codes are written.
    public let usesEscapes: Bool

    /// Plain text, no escape codes.
    public static let plain = ReportStyle(usesEscapes: false)
    /// ANSI SGR codes for a terminal.
    public static let ansi = ReportStyle(usesEscapes: true)

    /// A colour or attribute by its SGR number.
    public enum Mark: Int, Sendable, Hashable {
        case bold = 1, dim = 2, red = 31, green = 32, yellow = 33
    }

    /// `text` with `mark` applied (unchanged in plain style).
    public func apply(_ mark: Mark, _ text: String) -> String {
        usesEscapes ? "\u{1B}[\(mark.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Bold text.
    public func bold(_ text: String) -> String { apply(.bold, text) }
    /// Dim text.
    public func dim(_ text: String) -> String { apply(.dim, text) }
}

import AllyModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain output helpers that honour NO_COLOR and non-terminal stdout.
enum Console {
    /// True when stdout is a terminal and NO_COLOR is unset or empty (see no-color.org).
    static let colorEnabled: Bool = {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return !noColor && isatty(STDOUT_FILENO) == 1 && term != "dumb"
    }()

    /// Writes a message to stderr; what it quotes (data, config, the user's own arguments) is
    /// made printable first, so no escape sequence reaches the terminal through an error.
    static func error(_ message: String) {
        var line = TextSafety.printableLines(message) + "\n"
        line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Bold text when colour is on.
    static func bold(_ s: String) -> String { colorEnabled ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    /// Dim text when colour is on.
    static func dim(_ s: String) -> String { colorEnabled ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// Coloured text (SGR colour number) when colour is on.
    static func color(_ s: String, _ sgr: Int) -> String { colorEnabled ? "\u{1B}[\(sgr)m\(s)\u{1B}[0m" : s }
}

import AllyModel
import AllyReports
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

/// Where output goes: reports to stdout (styled only on a colour terminal), messages to stderr.
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

    /// How reports mark emphasis on this stdout: ANSI codes only on a colour terminal.
    static var reportStyle: ReportStyle { colorEnabled ? .ansi : .plain }

    /// Prints a report to stdout in `reportStyle`.
    static func show(_ report: some Report) { print(report.render(style: reportStyle)) }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension NcursesTerminal {
    /// How the session is set up. The defaults suit the explorer.
    public struct Options: Sendable {
        /// How long a lone Esc waits for the rest of an escape sequence. ncurses' default (1 s)
        /// makes Esc feel broken; 25 ms is enough for sequences from local and ssh terminals.
        public var escapeDelayMs: Int
        /// Report clicks and the wheel.
        public var mouse: Bool
        /// False forces monochrome (a `--no-color` flag); NO_COLOR does the same.
        public var color: Bool
        /// Where TERM and NO_COLOR are read from (tests pass their own).
        public var environment: [String: String]

        public init(escapeDelayMs: Int = 25, mouse: Bool = true, color: Bool = true,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.escapeDelayMs = escapeDelayMs
            self.mouse = mouse
            self.color = color
            self.environment = environment
        }
    }
}

import AllyTestSupport
import Foundation
import Testing

/// Runs a built product in tmux inside a small shell script that shows what the user would see
/// after it exits: a line printed before it started, whether `stty -g` matches what it was
/// before, and the exit status of the program as the pane's status.
enum Harness {
    static let before = "shell-side"
    static let restored = "tty-restored"

    /// The path of a package executable built next to the tests.
    static func product(_ name: String) throws -> String {
        try #require(Executables.builtProduct(name),
                     "\(name) is not built in \(Executables.productsDirectory.path); run `swift build` first")
    }

    /// Starts `product` with extra environment (`env K=V`) and shell redirections (e.g. "< /dev/null").
    static func launch(_ product: String, width: Int = 80, height: Int = 24,
                       environment: [String: String] = [:], redirect: String = "") throws -> TmuxSession {
        let path = try self.product(product)
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }.joined(separator: " ")
        let script = """
            printf '\(before)\\n'; saved=$(stty -g); \
            env \(env) \(quote(path)) \(redirect); status=$?; \
            if [ "$(stty -g)" = "$saved" ]; then echo \(restored); else echo tty-changed; fi; exit $status
            """
        return try TmuxSession(command: script, width: width, height: height)
    }

    /// The program's pid, which floor and termdemo print as "pid N" on their first line.
    static func pid(on screen: String) throws -> Int32 {
        let match = try #require(screen.firstMatch(of: /pid (\d+)/), "no pid on screen:\n\(screen)")
        return try #require(Int32(match.1))
    }

    /// Checks the terminal the program left behind: the normal screen is back (the pre-launch
    /// line shows and `hidden` does not) and the tty modes match.
    static func expectRestored(_ session: TmuxSession, hidden: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try session.waitFor(text: restored, history: true)
        #expect(screen.contains(before), "normal screen not restored:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains(hidden), "alternate screen still showing:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("tty-changed"), sourceLocation: sourceLocation)
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

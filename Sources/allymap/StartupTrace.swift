#if canImport(Glibc)
import Glibc
#endif
import AllyModel

/// The explorer's start-up, phase by phase, for `scripts/bench.py`'s first-frame breakdown.
///
/// Off unless `ALLYMAP_STARTUP_TRACE` names a file: then each phase's end is noted on the
/// monotonic clock (the one the benchmark reads just before it starts the process) and the
/// notes are written there, `phase seconds` a line, when the explorer closes.
enum StartupTrace {
    nonisolated(unsafe) private static var marks: [(phase: String, seconds: Double)] = []
    private static let path: String? = getenv("ALLYMAP_STARTUP_TRACE").map { String(cString: $0) }

    static func mark(_ phase: String) {
        guard path != nil else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        marks.append((phase, Double(now.tv_sec) + Double(now.tv_nsec) / 1e9))
    }

    /// Writes the marks (a benchmark aid: a failed write is reported, never fatal).
    static func write() {
        guard let path, !marks.isEmpty else { return }
        let text = marks.map { "\($0.phase) \(PlainText.fixed($0.seconds, 6))" }.joined(separator: "\n") + "\n"
        guard let file = fopen(path, "w") else { return Console.error("startup trace: cannot write \(path)") }
        fputs(text, file)
        if fclose(file) != 0 { Console.error("startup trace: cannot write \(path)") }
    }
}

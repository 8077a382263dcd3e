import Foundation
import Testing

/// Compares `text` with the fixture `Snapshots/<name>.txt` beside the calling test file.
///
/// When the fixture is missing, or `RECORD_SNAPSHOTS=1` is set, the fixture is (re)written and
/// the test **fails** so that a recording is never mistaken for a pass; run the test again.
/// On a mismatch the failure lists the differing lines.
public func expectSnapshot(_ text: String, named name: String, filePath: StaticString = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let url = SnapshotFile.url(named: name, besides: "\(filePath)")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if record || existing == nil {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(url.lastPathComponent); check it, then run the tests again", sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    var expected = existing!
    if expected.hasSuffix("\n") { expected.removeLast() }
    if expected != text {
        Issue.record("snapshot \(name) differs (RECORD_SNAPSHOTS=1 to accept):\n\(SnapshotFile.lineDiff(expected: expected, actual: text))",
                     sourceLocation: sourceLocation)
    }
}

/// Helpers behind `expectSnapshot`, public for tests of the helper itself.
public enum SnapshotFile {
    /// `<directory of testFile>/Snapshots/<name>.txt`.
    public static func url(named name: String, besides testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
    }

    /// The differing lines as `-` expected / `+` actual pairs with 1-based line numbers (first `limit`).
    public static func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = [], shown = 0, differing = 0
        for i in 0..<max(e.count, a.count) {
            let le = i < e.count ? String(e[i]) : nil, la = i < a.count ? String(a[i]) : nil
            guard le != la else { continue }
            differing += 1
            guard shown < limit else { continue }
            shown += 1
            out.append("line \(i + 1):")
            out.append("- " + (le.map { "\"\($0)\"" } ?? "(missing)"))
            out.append("+ " + (la.map { "\"\($0)\"" } ?? "(missing)"))
        }
        if differing > shown { out.append("… and \(differing - shown) more differing lines") }
        return out.joined(separator: "\n")
    }
}

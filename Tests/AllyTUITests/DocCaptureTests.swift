import AllyTestSupport
import Foundation
import Testing

/// The screen captures in README.md and docs/*.md are copies of snapshot files, so they cannot go
/// stale: each fenced block after a `<!-- capture: NAME -->` marker must equal
/// `Tests/AllyTUITests/Snapshots/NAME` line for line, trailing spaces included.
@Suite struct DocCaptureTests {
    // MARK: - Fixtures

    /// The repository root, three levels above this file (`Tests/AllyTUITests/<file>`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = root.appendingPathComponent("Tests/AllyTUITests/Snapshots")

    /// README.md and every Markdown page in docs/, as paths relative to the root.
    static let documents: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    static let maximumReadmeLines = 150

    // MARK: - Tests

    @Test(arguments: documents)
    func capturesMatchTheirSnapshots(document: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        let captures: [DocCapture]
        do { captures = try DocCapture.all(in: text) } catch {
            Issue.record("\(document): \(error)")
            return
        }
        for capture in captures {
            let place = "\(document):\(capture.markerLine)"
            guard DocCapture.isPlainFileName(capture.snapshot) else {
                Issue.record("\(place): capture marker names \"\(capture.snapshot)\"; expected a file name in Tests/AllyTUITests/Snapshots")
                continue
            }
            let url = Self.snapshots.appendingPathComponent(capture.snapshot)
            guard var expected = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record("\(place): no snapshot file \(capture.snapshot)")
                continue
            }
            if expected.hasSuffix("\n") { expected.removeLast() }
            if capture.body != expected {
                Issue.record("""
                    \(place): the capture differs from \(capture.snapshot); copy the snapshot file into the fenced block:
                    \(SnapshotFile.lineDiff(expected: expected, actual: capture.body))
                    """)
            }
        }
    }

    @Test func readmeHasOneCheckedCapture() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(try DocCapture.all(in: text).count == 1)
    }

    @Test func readmeIsShort() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        #expect(lines <= Self.maximumReadmeLines, "README.md has \(lines) lines; keep it to \(Self.maximumReadmeLines) and move detail to docs/")
    }

    // MARK: - The parser itself

    @Test func parserReadsAMarkedBlock() throws {
        let text = "intro\n<!-- capture: a.txt -->\n```\nline 1  \n\nline 3\n```\nafter\n"
        let captures = try DocCapture.all(in: text)
        #expect(captures == [DocCapture(snapshot: "a.txt", markerLine: 2, body: "line 1  \n\nline 3")])
    }

    @Test func parserRejectsAMarkerWithoutABlock() {
        #expect(throws: DocCapture.ParseError.self) { try DocCapture.all(in: "<!-- capture: a.txt -->\ntext\n") }
        #expect(throws: DocCapture.ParseError.self) { try DocCapture.all(in: "<!-- capture: a.txt -->\n```\nno end\n") }
    }

    @Test func fileNamesStayInTheSnapshotFolder() {
        #expect(DocCapture.isPlainFileName("explorer-europe-80x24.txt"))
        #expect(!DocCapture.isPlainFileName("../Package.swift"))
        #expect(!DocCapture.isPlainFileName("explorer.md"))
    }
}

/// One `<!-- capture: NAME -->` marker and the fenced block right after it.
struct DocCapture: Equatable {
    struct ParseError: Error, CustomStringConvertible {
        var line: Int, message: String
        var description: String { "line \(line): \(message)" }
    }

    var snapshot: String
    /// 1-based line of the marker, for messages.
    var markerLine: Int
    /// The block's lines joined with "\n", without the fences.
    var body: String

    static let prefix = "<!-- capture:", suffix = "-->"

    /// Every marked capture in a Markdown text, in order. A marker must be followed directly by a
    /// fenced block (```), closed by a fence of the same length.
    static func all(in text: String) throws -> [DocCapture] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [DocCapture] = []
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix(prefix), line.hasSuffix(suffix) else { i += 1; continue }
            let name = line.dropFirst(prefix.count).dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            let markerLine = i + 1
            guard i + 1 < lines.count, lines[i + 1].hasPrefix("```") else {
                throw ParseError(line: markerLine, message: "capture marker for \(name) is not followed by a ``` block")
            }
            let fence = String(lines[i + 1].prefix { $0 == "`" })
            guard let end = lines[(i + 2)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == fence }) else {
                throw ParseError(line: markerLine, message: "the block after the capture marker for \(name) is never closed")
            }
            out.append(DocCapture(snapshot: name, markerLine: markerLine, body: lines[(i + 2)..<end].joined(separator: "\n")))
            i = end + 1
        }
        return out
    }

    /// A snapshot's own name: no folders, and a `.txt` file.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name.hasSuffix(".txt")
    }
}

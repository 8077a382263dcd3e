import Foundation
import Testing

/// `allymap tour --print`: the whole tour as text or Markdown, and its errors.
@Suite struct TourCLITests {
    /// A fresh config directory, so saved weights of whoever runs the tests do not change the verdicts.
    static func run(_ args: [String]) throws -> CLI.Result {
        try CLI.run(args, environment: ["XDG_CONFIG_HOME": try CLI.tempDir()])
    }

    @Test func markdownHasEveryParagraphClaimAndSturdinessLine() throws {
        let r = try Self.run(["tour", "--print", "--format", "md"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Walking the article"))
        for n in 0...15 { #expect(r.stdout.contains("\n## ¶\(n) · "), "¶\(n) missing") }
        #expect(r.stdout.components(separatedBy: "\n### ").count - 1 == 34, "one heading per claim")
        #expect(r.stdout.contains("**What would change it:** preset gulf-proliferation"))
        #expect(r.stdout.contains("**Verdict:** supported"))
        #expect(r.stdout.contains("SIPRI"), "figures carry their source")
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(r.stderr.isEmpty)
    }

    @Test func plainTextIsTheDefault() throws {
        let r = try Self.run(["tour", "--print"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Walking the article"))
        #expect(r.stdout.contains("¶6 · Europe — "))
        #expect(r.stdout.contains("What would change it: "))
        #expect(!r.stdout.contains("**"))
    }

    @Test func formatNeedsPrint() throws {
        let r = try Self.run(["tour", "--format", "md"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--format goes with --print"))
    }

    @Test func aBrokenTourIsADataErrorWithItsLine() throws {
        let dir = try CLI.tempDir()
        #expect(try Self.run(["export", "--format", "tsv", "--out", dir]).status == 0)
        let path = dir + "/tour.tsv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\teurope\trussia", with: "\teurope\tatlantis").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try Self.run(["tour", "--print", "--data", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("tour.tsv:") && r.stderr.contains(": actors: unknown actor id \"atlantis\""), "\(r.stderr)")
        // A dataset without a tour is told so.
        try FileManager.default.removeItem(atPath: path)
        let none = try Self.run(["tour", "--print", "--data", dir])
        #expect(none.status == 65)
        #expect(none.stderr.contains("no tour"))
    }
}

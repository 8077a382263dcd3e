import Foundation
import Testing

/// Issue 19 on the real binary: special files, lost writes, numbers that are not numbers,
/// escape bytes, and the wrong-text cases. Each would hang, pass or print garbage before.
@Suite struct ReliabilityTests {
    static let exported = HardeningEndToEndTests.exported

    // MARK: - Special files (item 1)

    @Test func fifoAsATableIsRefusedAtOnce() throws {
        let dir = try Self.exported()
        unlink("\(dir)/indicators.tsv")
        #expect(mkfifo("\(dir)/indicators.tsv", 0o600) == 0)
        let r = try CLI.run(["validate", dir], timeout: 10)
        #expect(r.status == 65)
        #expect(r.stderr.contains("indicators.tsv: not a regular file (a FIFO)"), "\(r.stderr)")
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func endlessDeviceAsATableIsRefused(device: String) throws {
        let dir = try Self.exported()
        unlink("\(dir)/actors.tsv")
        #expect(symlink(device, "\(dir)/actors.tsv") == 0)
        let r = try CLI.run(["validate", dir], timeout: 10)
        #expect(r.status == 65)
        #expect(r.stderr.contains("not a regular file (a character device)"), "\(r.stderr)")
    }

    @Test func fifoAsAJSONDatasetOrConfigIsRefused() throws {
        let dir = try CLI.tempDir()
        #expect(mkfifo("\(dir)/data.json", 0o600) == 0)
        let r = try CLI.run(["validate", "\(dir)/data.json"], timeout: 10)
        #expect(r.status == 65)
        #expect(r.stderr.contains("not a regular file"))
        try FileManager.default.createDirectory(atPath: "\(dir)/allymap", withIntermediateDirectories: true)
        #expect(mkfifo("\(dir)/allymap/config.json", 0o600) == 0)
        let list = try CLI.run(["list"], environment: ["XDG_CONFIG_HOME": dir], timeout: 10)
        #expect(list.status == 0, "a bad config is a warning for commands that only read it")
        #expect(list.stderr.contains("not a regular file"), "\(list.stderr)")
    }

    // MARK: - Lost writes (item 4)

    @Test(arguments: [["export"], ["list"], ["show", "israel"], ["claims"], ["export", "--format", "tsv", "--table", "indicators"]])
    func writeToAFullDeviceIsAnError(args: [String]) throws {
        let r = try CLI.run(args, timeout: 30, stdoutPath: "/dev/full")
        #expect(r.status == 74, "\(args): \(r.stderr)")
        #expect(r.stderr.contains("cannot write to standard output"))
    }

    // MARK: - Saves that fail (item 5) and HOME (item 8)

    @Test func aScenarioThatCannotBeScoredIsNotSaved() throws {
        let config = try CLI.tempDir()
        let zero = ["arms", "aid", "forces", "defence"].flatMap { ["--weight", "reliance.\($0)=0"] }
        let r = try CLI.run(["scenario", "--save", "zeroed"] + zero, environment: ["XDG_CONFIG_HOME": config])
        #expect(r.status == 64)
        #expect(!FileManager.default.fileExists(atPath: "\(config)/allymap/config.json"), "nothing saved after a failure")
    }

    @Test func aMissingHomeIsReportedNotCreated() throws {
        let home = try CLI.tempDir() + "/nonexistent/x"
        let r = try CLI.run(["scenario", "--save", "mine"], environment: ["HOME": home, "XDG_CONFIG_HOME": ""])
        #expect(r.status == 74)
        #expect(r.stderr.contains("does not exist"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    // MARK: - Numbers (item 6)

    @Test(arguments: ["nan", "inf", "0x10", "1e300", "-5", "1e3"])
    func aNumericFieldMustBeAPlainNumber(raw: String) throws {
        let dir = try Self.exported()
        // The first data row of indicators is the US's military spending (USD bn).
        let line = try HardeningEndToEndTests.edit(dir, "indicators", "value") { _ in raw }
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65, "\(raw) was accepted")
        #expect(r.stderr.contains("indicators.tsv:\(line): value:"), "\(r.stderr)")
    }

    @Test func aShareAbove100IsRejected() throws {
        let dir = try Self.exported()
        let rows = try String(contentsOfFile: "\(dir)/indicators.tsv", encoding: .utf8).components(separatedBy: "\n")
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.dropFirst()
        let target = try #require(rows.firstIndex { $0.contains("\tarms_imports_us_share\t") && !$0.contains("\tunknown\t") }) - rows.startIndex
        try HardeningEndToEndTests.edit(dir, "indicators", "value", rows: { $0 == target }) { _ in "140" }
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("expected a percentage from 0 to 100"), "\(r.stderr)")
    }

    @Test func latitudeInExponentFormSaysWhatIsExpected() throws {
        let dir = try Self.exported()
        try HardeningEndToEndTests.edit(dir, "actors", "lat") { _ in "1e308" }
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("expected a plain decimal number from -90 to 90 (no exponent"), "\(r.stderr)")
    }

    @Test(arguments: ["exposure.balance=1e308", "exposure.balance=nan", "exposure.balance=0x10", "exposure.balance=-1", "exposure.balance=5000"])
    func weightsOutsideTheBoundsAreRefused(setting: String) throws {
        let r = try CLI.run(["explain", "israel", "--weight", setting])
        #expect(r.status == 64, "\(setting) was accepted")
        #expect(r.stderr.contains("not a plain number from 0 to 1000"))
    }

    @Test(arguments: [#"{"scenarios":{"big":{"growth":{"china":1e308}}}}"#, #"{"weights":{"risk":{"balance":1e308}}}"#])
    func configValuesHaveTheSameBounds(json: String) throws {
        let config = try CLI.tempDir()
        try FileManager.default.createDirectory(atPath: "\(config)/allymap", withIntermediateDirectories: true)
        try json.write(toFile: "\(config)/allymap/config.json", atomically: true, encoding: .utf8)
        let r = try CLI.run(["scenario", "--preset", "big"], environment: ["XDG_CONFIG_HOME": config])
        #expect(r.status != 0)
        #expect(r.stderr.contains("config.json"), "\(r.stderr)")
    }

    // MARK: - Escapes (item 7)

    @Test func rejectedArgumentsAreNotEchoedRaw() throws {
        let config = try CLI.tempDir()
        for args in [["scenario", "--save", "esc\u{1B}[31mred"], ["show", "x\u{1B}]0;pwned\u{07}"], ["list", "--region", "\u{1B}[2J"],
                     ["scenario", "--preset", "a\u{9B}31m"]] {
            let r = try CLI.run(args, environment: ["XDG_CONFIG_HOME": config])
            #expect(r.status != 0)
            #expect(HardeningEndToEndTests.terminalControls(in: r.stderr + r.stdout).isEmpty, "\(args) echoed \(r.stderr)")
        }
    }

    @Test func savedScenarioNamesWithEscapesAreListedSafely() throws {
        let config = try CLI.tempDir()
        try FileManager.default.createDirectory(atPath: "\(config)/allymap", withIntermediateDirectories: true)
        let json = #"{"scenarios":{"evil\u001b]0;x\u0007":{"summary":"bell\u0007","us_commitment":0.5}}}"#
        try json.write(toFile: "\(config)/allymap/config.json", atomically: true, encoding: .utf8)
        for args in [["scenario", "--list"], ["scenario", "--preset", "nope"], ["scenario", "--preset", "evil\u{1B}]0;x\u{07}"]] {
            let r = try CLI.run(args, environment: ["XDG_CONFIG_HOME": config])
            #expect(HardeningEndToEndTests.terminalControls(in: r.stderr + r.stdout).isEmpty, "\(args): \(r.stdout)\(r.stderr)")
        }
    }

    // MARK: - Wrong text (item 8)

    @Test func aTableGivenAsTheDatasetSaysSo() throws {
        let dir = try Self.exported()
        let r = try CLI.run(["validate", "\(dir)/actors.tsv"])
        #expect(r.status == 65)
        #expect(!r.stderr.contains("JSON"), "\(r.stderr)")
        #expect(r.stderr.contains("is one table (actors)"))
    }

    @Test func aSymlinkLoopIsNotCalledMissing() throws {
        let dir = try Self.exported()
        unlink("\(dir)/events.tsv")
        #expect(symlink("\(dir)/loop", "\(dir)/events.tsv") == 0)
        #expect(symlink("\(dir)/events.tsv", "\(dir)/loop") == 0)
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("symlink loop"), "\(r.stderr)")
        #expect(!r.stderr.contains("missing"))
    }

    @Test func bothTSVAndCSVTablesAreAnError() throws {
        let dir = try Self.exported()
        try FileManager.default.copyItem(atPath: "\(dir)/actors.tsv", toPath: "\(dir)/actors.csv")
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("holds both actors.csv and actors.tsv") || r.stderr.contains("holds both actors.tsv and actors.csv"), "\(r.stderr)")
    }

    @Test func namesThatDifferOnlyByCaseAreRejected() throws {
        let dir = try Self.exported()
        let path = "\(dir)/actors.tsv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { !$0.hasPrefix("#") })
        var copy = lines[header + 1].components(separatedBy: "\t")
        copy[0] += "-twin"
        copy[1] = copy[1].uppercased()
        lines.insert(copy.joined(separator: "\t"), at: header + 2)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("expected a unique name"), "\(r.stderr)")
    }
}

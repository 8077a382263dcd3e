import Foundation
import Testing

/// `scenario --save NAME --describe TEXT`: the headline the explorer's banner and picker show.
@Suite struct ScenarioDescribeTests {
    @Test func aSavedScenarioKeepsItsDescription() throws {
        let config = try CLI.tempDir()
        let r = try CLI.run(["scenario", "--set", "us-commitment=30", "--save", "mine", "--describe", "the US keeps a third"],
                            environment: ["XDG_CONFIG_HOME": config])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try String(contentsOfFile: "\(config)/allymap/config.json", encoding: .utf8)
        #expect(json.contains("the US keeps a third"))
    }

    @Test(arguments: [
        (["--set", "us-commitment=30", "--describe", "no save"], "add --save NAME"),
        (["--set", "us-commitment=30", "--save", "x", "--describe", "bell\u{07}"], "no control characters"),
        (["--set", "us-commitment=30", "--save", "x", "--describe", String(repeating: "long ", count: 20)], "at most 60 columns"),
        (["--set", "us-commitment=30", "--save", "x", "--describe", "   "], "a few words"),
    ])
    func badDescriptionsAreUsageErrors(args: [String], message: String) throws {
        let config = try CLI.tempDir()
        let r = try CLI.run(["scenario"] + args, environment: ["XDG_CONFIG_HOME": config])
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!r.stderr.contains("\u{07}"))
        #expect(!FileManager.default.fileExists(atPath: "\(config)/allymap/config.json"), "nothing saved")
    }
}

import Testing
@testable import AllyTerminal

@Suite struct TerminalErrorTests {
    @Test(arguments: [
        TerminalError.stdinNotTerminal, .stdoutNotTerminal, .termNotSet, .termDumb,
        .termUnknown("vt9000"), .terminfoMissing, .terminalUnsupported("lpr"), .initFailed("xterm"),
    ])
    func everyMessagePointsToThePlainCommands(error: TerminalError) {
        #expect(error.description.contains("allymap list"))
        #expect(error.description.contains("allymap render"))
        #expect(!error.description.contains("\u{1B}"))
    }

    @Test func unknownTermIsNamed() {
        #expect(TerminalError.termUnknown("vt9000").description.contains("'vt9000'"))
    }
}

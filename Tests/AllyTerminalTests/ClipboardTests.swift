import Testing
@testable import AllyTerminal

/// What the clipboard code can know before copying: only TERM says whether OSC 52 has anywhere to go.
@Suite struct ClipboardTests {
    @Test(arguments: ["linux", "vt100", "vt220", "dumb", "linux-16color", ""])
    func termsWithoutAClipboardRefuse(term: String) {
        let refusal = Clipboard.refusal(environment: term.isEmpty ? [:] : ["TERM": term])
        #expect(refusal != nil)
        if !term.isEmpty { #expect(refusal?.contains("TERM=\(term)") == true) }
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "alacritty", "xterm-kitty", "foot", "vt100-xterm"])
    func emulatorsAreTrusted(term: String) {
        #expect(Clipboard.refusal(environment: ["TERM": term]) == nil)
    }

    @Test func theSequenceCarriesTheTextInBase64() {
        #expect(Clipboard.osc52("Israel, 66%") == "\u{1B}]52;c;SXNyYWVsLCA2NiU=\u{07}")
    }
}

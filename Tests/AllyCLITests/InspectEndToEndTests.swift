import AllyTestSupport
import Foundation
import Testing

/// Inspecting a figure in the real binary: `i` opens Israel's figures, `y` sends the highlighted
/// one to the clipboard as a one-line citation through OSC 52.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct InspectEndToEndTests {
    @Test func iThenYCopiesTheFigureAsACitation() throws {
        let run = try ExplorerEndToEndTests.Run(width: 120, height: 40)
        defer { run.session.kill() }
        try run.session.acceptClipboard()
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("/")
        try run.session.sendKeys("israel")
        try run.session.sendKeys("Enter")
        _ = try run.session.waitFor(text: " Israel ", fullScreen: true)
        try run.session.sendKeys("i")
        let overlay = try run.session.waitFor(text: "Inspect: Israel's figures", fullScreen: true)
        #expect(overlay.contains("Cite as") && overlay.contains("How it feeds the scores"), "\(overlay)")
        // The first figure is the US security tie; the card names its source and page.
        #expect(overlay.contains("Israel · US security tie"), "\(overlay)")
        try run.session.sendKeys("y")
        _ = try run.session.waitFor(text: "copied: Israel, US security tie", fullScreen: true)
        let copied = try #require(run.session.clipboard(), "y sent no OSC 52 copy")
        #expect(copied.hasPrefix("Israel, US security tie: "), "\(copied)")
        #expect(copied.contains("https://") && copied.contains(", accessed "), "\(copied)")
        #expect(!copied.contains("\n"), "one line")
        try run.session.sendKeys("Escape")
        _ = try run.session.waitFor(text: "Middle East map", fullScreen: true)
        try run.session.sendKeys("q")
        #expect(try run.finish() == 0)
    }
}

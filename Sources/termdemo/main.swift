// termdemo: the smallest program on the AllyTerminal backend. It echoes events through
// `TerminalApp.run`, shows every colour and a wide glyph, and fills the screen like the floor,
// so tests can drive the real backend in tmux and ttyprobe can compare it with the floor.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AllyTerminal
import AllyTUI

struct EchoState {
    var count = 0
    var last = "none"
    var log: [String] = []
}

func describe(_ event: Event) -> String {
    switch event {
    case .key(.char(let c)): "char \(c)"
    case .key(let key): "key \(key)"
    case .mouse(let m): "mouse \(m.kind) \(m.x),\(m.y)"
    case .resize(let size): "resize \(size)"
    case .measured: "measured"
    case .refresh: "refresh"
    }
}

func update(_ state: inout EchoState, _ event: Event) -> [Effect] {
    if case .key(.char("q")) = event { return [.quit] }
    // Fault injection for the signal and crash tests: "!" traps, "s" stalls the loop for 3 s
    // (so a second signal must take the handler's emergency path).
    if case .key(.char("!")) = event { fatalError("termdemo: crash requested") }
    if case .key(.char("s")) = event { // busy, not sleep(): a signal would cut sleep short
        let end = ContinuousClock.now + .seconds(3)
        while ContinuousClock.now < end {}
    }
    state.count += 1
    state.last = describe(event)
    state.log = Array((state.log + [state.last]).suffix(8))
    return []
}

func render(_ state: EchoState, _ size: Size, _ caps: RenderCapabilities) -> Frame {
    var buffer = Buffer(size: size)
    let filler = "The floor fills every cell once: ncurses cost without allymap. "
    for y in 0..<size.height {
        let start = filler.index(filler.startIndex, offsetBy: y % filler.count)
        let line = String(repeating: String(filler[start...] + filler[..<start]), count: size.width / filler.count + 1)
        buffer.write(line, x: 0, y: y, style: Style(foreground: .gray))
    }
    buffer.fill(Rect(x: 0, y: 0, width: size.width, height: 1))
    buffer.write("TERMDEMO READY pid \(getpid()) \(size) colors \(caps.colorMode) unicode \(caps.unicode)",
                 x: 0, y: 0, style: Style.plain.bolded)
    buffer.fill(Rect(x: 0, y: 1, width: size.width, height: 1))
    buffer.write("event \(state.count): \(state.last)", x: 0, y: 1)
    var x = 0
    for color in Color.allCases {
        x = buffer.write(" \(color) ", x: x, y: 2, style: Style(foreground: color == .black ? .white : .black, background: color))
    }
    buffer.write("wide: 漢字 ⣿⣿ café ", x: 0, y: 3, style: Style(foreground: .orange, underline: true))
    for (i, line) in state.log.enumerated() where 4 + i < size.height - 1 {
        buffer.fill(Rect(x: 0, y: 4 + i, width: size.width, height: 1))
        buffer.write(line, x: 0, y: 4 + i, style: Style(reverse: i == state.log.count - 1))
    }
    let footer = "q quits, Ctrl-C 130, ! crashes, s stalls"
    buffer.write(footer, x: max(0, size.width - footer.count), y: size.height - 1, style: Style(foreground: .land, dim: true))
    return Frame(buffer: buffer)
}

do {
    let status = try TerminalApp.run(initial: EchoState(), update: update, view: render)
    exit(status)
} catch {
    let message = Array("\(error)\n".utf8)
    _ = write(STDERR_FILENO, message, message.count)
    exit(2)
}

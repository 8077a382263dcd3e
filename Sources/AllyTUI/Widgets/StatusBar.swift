/// The bottom line: a prompt being typed, a message, or key hints.
public struct StatusBar: Widget {
    public enum Content: Sendable {
        /// A prompt, the text typed so far and a hint on the right.
        case prompt(String, query: String, hint: String)
        case message(String)
        /// Keys and what they do, drawn until the line is full (most needed first).
        case hints([(keys: String, hint: String)])
    }

    public var content: Content
    public init(_ content: Content) { self.content = content }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        switch content {
        case .prompt(let prompt, let query, let hint):
            var x = buffer.write(prompt, x: area.x, y: area.y, style: Theme.keyHint, clip: area)
            x = buffer.write(query, x: x, y: area.y, style: Theme.value, clip: area)
            buffer.write("▏", x: x, y: area.y, style: Theme.accent, clip: area)
            let hx = area.maxX - DisplayWidth.of(hint) - 1
            if hx > x + 2 { buffer.write(hint, x: hx, y: area.y, style: Theme.dim, clip: area) }
        case .message(let text):
            buffer.write(" " + text, x: area.x, y: area.y, style: Theme.accent, clip: area)
        case .hints(let hints):
            var x = area.x + 1
            for (keys, hint) in hints {
                let needed = DisplayWidth.of(keys) + DisplayWidth.of(hint) + 3
                if x + needed > area.maxX { break }
                x = buffer.write(keys, x: x, y: area.y, style: Theme.keyHint, clip: area)
                x = buffer.write(" " + hint + "  ", x: x, y: area.y, style: Theme.dim, clip: area)
            }
        }
    }
}

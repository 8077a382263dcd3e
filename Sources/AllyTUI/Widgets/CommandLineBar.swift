/// The bottom row while the `:` command line is open: the colon, the text with its cursor, and
/// on the right an error (which always shows, the text giving way) or a hint (only if it fits).
public struct CommandLineBar: Widget {
    public var text: String
    /// The cursor, in characters from the start of `text`.
    public var cursor: Int
    public var error: String?
    public var hint: String

    public init(text: String, cursor: Int, error: String?, hint: String) {
        (self.text, self.cursor, self.error, self.hint) = (text, cursor, error, hint)
    }

    /// The fewest columns the text keeps beside an error.
    static let minimumTextWidth = 12

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: .blank)
        guard area.width > 2 else { return }
        var textRoom = area.width - 2 // the colon, and the cursor past the last letter
        if let error {
            let room = max(0, min(DisplayWidth.of(error), area.width - Self.minimumTextWidth - 2))
            if room > 0 {
                let shown = Self.fit(error, room)
                buffer.write(shown, x: area.maxX - DisplayWidth.of(shown), y: area.y, style: Theme.error, clip: area)
                textRoom = area.width - DisplayWidth.of(shown) - 4
            }
        }
        let characters = Array(text)
        let cursor = max(0, min(cursor, characters.count))
        // Scroll the text so the cursor stays in view.
        var first = 0
        while first < cursor, DisplayWidth.of(String(characters[first..<cursor])) >= textRoom { first += 1 }
        let clip = Rect(x: area.x, y: area.y, width: min(area.width, textRoom + 2), height: 1)
        var x = buffer.write(first > 0 ? "…" : ":", x: area.x, y: area.y, style: Theme.keyHint, clip: clip)
        for (i, c) in characters[first...].enumerated() {
            x = buffer.write(String(c), x: x, y: area.y, style: first + i == cursor ? Theme.cursor : Theme.value, clip: clip)
        }
        if cursor == characters.count { x = buffer.write(" ", x: x, y: area.y, style: Theme.cursor, clip: clip) }
        if error == nil, !hint.isEmpty {
            let hx = area.maxX - DisplayWidth.of(hint) - 1
            if hx > x + 2 { buffer.write(hint, x: hx, y: area.y, style: Theme.dim, clip: area) }
        }
    }

    /// `text` cut to `width` columns, with an ellipsis when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        for c in text {
            if DisplayWidth.of(out) + DisplayWidth.of(c) > width - 1 { break }
            out.append(c)
        }
        return out + "…"
    }
}

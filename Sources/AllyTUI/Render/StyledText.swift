/// A run of text in one style.
public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
}

/// One line of styled text, as panes build it before drawing.
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]
    /// False for table-like rows that are cut at the pane's edge rather than wrapped.
    public var wraps = true
    public init(_ spans: [Span] = [], wraps: Bool = true) { self.spans = spans; self.wraps = wraps }
    public init(_ text: String, _ style: Style = .plain) { self.spans = [Span(text, style)] }

    public static let empty = StyledLine()

    public var text: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Draws the line at (x, y), clipped to `clip`.
    public func draw(into buffer: inout Buffer, x: Int, y: Int, clip: Rect) {
        var column = x
        for span in spans { column = buffer.write(span.text, x: column, y: y, style: span.style, clip: clip) }
    }

    /// Breaks the line into lines of at most `width` columns at spaces, continuing with `indent`.
    public func wrapped(to width: Int, indent: Int = 0) -> [StyledLine] { wrapped(to: width, indent: indent, byScalar: true) }

    /// `byScalar` false takes the per-cluster path for all text (tests check both agree).
    func wrapped(to width: Int, indent: Int, byScalar: Bool) -> [StyledLine] {
        guard wraps, width > indent + 4, self.width > width else { return [self] }
        var lines: [StyledLine] = []
        var current: [Span] = []
        var used = 0
        func flush() {
            lines.append(StyledLine(current))
            current = [Span(String(repeating: " ", count: indent))]
            used = indent
        }
        for span in spans {
            // Split each span into words, keeping the spaces attached to the word before.
            var word = ""
            func emit(_ w: String) {
                if used + DisplayWidth.of(w.trimmingTrailingSpaces) > width && used > indent { flush() }
                var piece = w
                while DisplayWidth.of(piece) > width - indent && used == indent {
                    // A single word longer than the line: cut it by columns, between clusters
                    // (at least one, so a wide glyph on a 1-column line cannot loop forever).
                    var cut = DisplayWidth.prefix(piece, width: width - indent)
                    if cut.isEmpty { cut = piece.prefix(1) }
                    current.append(Span(String(cut), span.style)); flush()
                    piece = String(piece[cut.endIndex...])
                }
                if !piece.isEmpty { current.append(Span(piece, span.style)); used += DisplayWidth.of(piece) }
            }
            if byScalar && DisplayWidth.simpleWidth(span.text) != nil {
                // Most text: every scalar is a cluster of its own, so words are cut at spaces by
                // scalar, their widths summed on the way, with no search for cluster boundaries;
                // the words that share a line make one span.
                let text = span.text, scalars = text.unicodeScalars
                var start = scalars.startIndex, index = start, wordWidth = 0, run = start
                func endRun(at end: String.Index) {
                    if run < end { current.append(Span(String(text[run..<end]), span.style)) }
                    run = end
                }
                func emitWord(_ end: String.Index, endsInSpace: Bool) {
                    guard wordWidth <= width - indent else {
                        endRun(at: start); emit(String(text[start..<end])); run = end
                        return
                    }
                    if used + wordWidth - (endsInSpace ? 1 : 0) > width && used > indent { endRun(at: start); flush() }
                    used += wordWidth
                }
                while index != scalars.endIndex {
                    let scalar = scalars[index]
                    index = scalars.index(after: index)
                    wordWidth += DisplayWidth.of(scalar)
                    if scalar == " " { emitWord(index, endsInSpace: true); start = index; wordWidth = 0 }
                }
                if start != scalars.endIndex { emitWord(scalars.endIndex, endsInSpace: false) }
                endRun(at: scalars.endIndex)
                continue
            }
            for c in span.text {
                word.append(c)
                if c == " " { emit(word); word = "" }
            }
            if !word.isEmpty { emit(word) }
        }
        if !current.isEmpty { lines.append(StyledLine(current)) }
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

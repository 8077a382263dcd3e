extension Buffer {
    /// Options for `svg(_:)`: the cell size in pixels and the theme colours.
    public struct SVGOptions: Sendable, Hashable {
        public var cellWidth: Double = 9
        public var cellHeight: Double = 18
        public var fontSize: Double = 15
        public var foreground = "#d4d4d4"
        public var background = "#1b1d23"
        public var title: String?
        public init(title: String? = nil) { self.title = title }
    }

    /// A picture of the cells (each run of equal style as one `<text>` with its colours), like a
    /// terminal screenshot. Text is XML-escaped; runs are stretched to their cell width so columns
    /// stay aligned whatever monospace font the viewer picks.
    public func svg(_ options: SVGOptions = SVGOptions()) -> String {
        let o = options
        let pad = 10.0
        let w = Double(width) * o.cellWidth + 2 * pad, h = Double(height) * o.cellHeight + 2 * pad
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.num(w))" height="\(Self.num(h))" \
            viewBox="0 0 \(Self.num(w)) \(Self.num(h))">

            """
        if let title = o.title { out += "<title>\(Self.escapeXML(title))</title>\n" }
        out += """
            <style>text{font-family:"DejaVu Sans Mono","Fira Code",Menlo,Consolas,monospace;font-size:\(Self.num(o.fontSize))px;\
            white-space:pre}.b{font-weight:bold}.d{opacity:.6}.u{text-decoration:underline}</style>
            <rect width="100%" height="100%" rx="6" fill="\(o.background)"/>

            """
        for y in 0..<height {
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x + 1
                while end < width && (self[end, y].style == style || self[end, y].isContinuation) { end += 1 }
                out += run(from: x, to: end, row: y, style: style, options: o, pad: pad)
                x = end
            }
        }
        return out + "</svg>\n"
    }

    /// Escapes the five XML special characters.
    static func escapeXML(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Controls other than tab/newline are not allowed in XML 1.0.
                if let v = ch.unicodeScalars.first?.value, v < 0x20, ch != "\t", ch != "\n" { out += "\u{FFFD}" } else { out.append(ch) }
            }
        }
        return out
    }

    // MARK: - Private

    private func run(from x0: Int, to x1: Int, row y: Int, style: Style, options o: SVGOptions, pad: Double) -> String {
        var fg = style.foreground.hex ?? o.foreground, bg = style.background.hex
        if style.reverse { (fg, bg) = (bg ?? o.background, fg) }
        let left = pad + Double(x0) * o.cellWidth, top = pad + Double(y) * o.cellHeight
        let runWidth = Double(x1 - x0) * o.cellWidth
        var out = ""
        if let bg {
            out += "<rect x=\"\(Self.num(left))\" y=\"\(Self.num(top))\" width=\"\(Self.num(runWidth))\" height=\"\(Self.num(o.cellHeight))\" fill=\"\(bg)\"/>\n"
        }
        var text = ""
        for x in x0..<x1 where !self[x, y].isContinuation { text.append(self[x, y].character) }
        guard text.contains(where: { $0 != " " }) else { return out }
        let classes = [style.bold ? "b" : nil, style.dim ? "d" : nil, style.underline ? "u" : nil].compactMap { $0 }
        let classAttr = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        let baseline = top + o.cellHeight * 0.78
        out += "<text x=\"\(Self.num(left))\" y=\"\(Self.num(baseline))\" textLength=\"\(Self.num(runWidth))\" "
            + "lengthAdjust=\"spacingAndGlyphs\" fill=\"\(fg)\"\(classAttr) xml:space=\"preserve\">\(Self.escapeXML(text))</text>\n"
        return out
    }

    private static func num(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String((v * 100).rounded() / 100)
    }
}

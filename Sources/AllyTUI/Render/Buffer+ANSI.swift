extension Buffer {
    /// The cells as text with SGR colour escapes: one escape per run of equal style, and a reset
    /// at the end of every line that used one, so lines can be printed or cut independently.
    public var ansiText: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = "", current = Style.plain, styled = false
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                if cell.style != current {
                    let params = cell.style.sgrParameters
                    line += "\u{1B}[" + (["0"] + params).joined(separator: ";") + "m"
                    current = cell.style
                    styled = true
                }
                line.append(cell.character)
            }
            if styled && current != .plain { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

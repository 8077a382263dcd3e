import AllyTUI
import CNcurses

extension NcursesTerminal {
    /// Copies the cells of `buffer` that differ from the previous frame to the screen and
    /// flushes once. The first frame, and the first after a resize or `invalidate()`, is a full
    /// repaint. Cells outside the screen are clipped.
    public func draw(_ buffer: Buffer) {
        guard isActive else { return }
        let full = lastFrame == nil || lastFrame?.size != buffer.size
        if full {
            werase(window)
            clearok(window, true) // the emulator may have reflowed old content: clear for real
        }
        let bounds = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        var lastWritten = (x: -1, y: -1)
        for change in Buffer.diff(full ? nil : lastFrame, buffer) {
            let (x, y) = (change.x, change.y)
            guard x < bounds.width, y < bounds.height else { continue }
            if change.cell.isContinuation {
                // The right half of a wide glyph changed while its left half did not (it used to
                // be two narrow cells): redraw the glyph so it covers both columns again.
                if x > 0, lastWritten != (x - 1, y), DisplayWidth.of(buffer[x - 1, y].character) == 2 {
                    put(buffer[x - 1, y], x: x - 1, y: y, columns: bounds.width)
                }
                continue
            }
            put(change.cell, x: x, y: y, columns: bounds.width)
            lastWritten = (x, y)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = buffer
    }

    /// Writes one cell. `mvwadd_wch` reports ERR for the bottom-right cell (the cursor cannot
    /// advance past it) but still stores the glyph, and with `scrollok` off ncurses paints it
    /// without scrolling, so the result is ignored.
    private func put(_ cell: Cell, x: Int, y: Int, columns: Int) {
        var scalars = GlyphSanitizer.scalars(of: cell.character, unicode: supportsUnicode)
        if x + 1 >= columns, DisplayWidth.of(cell.character) == 2 {
            scalars = [" "] // half a wide glyph cannot be shown in the last column
        }
        var text: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { raw in
            let chars = raw.bindMemory(to: wchar_t.self)
            for (i, scalar) in scalars.prefix(GlyphSanitizer.maxScalars).enumerated() {
                chars[i] = wchar_t(bitPattern: scalar.value)
            }
        }
        let pair = pairs.pair(foreground: cell.style.foreground, background: cell.style.background)
        var glyph = cchar_t()
        withUnsafePointer(to: &text) { tuple in
            tuple.withMemoryRebound(to: wchar_t.self, capacity: 5) { chars in
                _ = setcchar(&glyph, chars, Self.attributes(of: cell.style), pair, nil)
            }
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &glyph)
    }

    /// ncurses video attributes for a style (colours travel separately as a pair number).
    nonisolated static func attributes(of style: Style) -> attr_t {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.reverse { attributes |= cn_a_reverse() }
        if style.underline { attributes |= cn_a_underline() }
        if style.dim { attributes |= cn_a_dim() }
        return attributes
    }
}

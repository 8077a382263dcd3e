import AllyTUI
import CNcurses

extension NcursesTerminal {
    /// Copies the cells of `buffer` that differ from the previous frame to the screen and
    /// flushes once. The first frame, and the first after a resize or a resume, is a full
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
        var flagRows: Set<Int> = []
        var look = CellLook()
        for change in Buffer.diff(full ? nil : lastFrame, buffer) {
            let (x, y) = (change.x, change.y)
            guard x < bounds.width, y < bounds.height else { continue }
            if DisplayWidth.isFlag(change.cell.character) { flagRows.insert(y) }
            if change.cell.isContinuation {
                // The right half of a wide glyph changed while its left half did not (it used to
                // be two narrow cells): redraw the glyph so it covers both columns again.
                if x > 0, lastWritten != (x - 1, y), DisplayWidth.of(buffer[x - 1, y].character) == 2 {
                    put(buffer[x - 1, y], x: x - 1, y: y, columns: bounds.width, look: &look)
                }
                continue
            }
            put(change.cell, x: x, y: y, columns: bounds.width, look: &look)
            lastWritten = (x, y)
        }
        // A flag is two cells to ncurses but one glyph to the terminal: if ncurses sent only
        // the changed half, the terminal would split the old flag. Repainting the row sends
        // both indicators side by side.
        for y in flagRows { wredrawln(window, Int32(y), 1) }
        wnoutrefresh(window)
        doupdate()
        lastFrame = buffer
    }

    /// Writes one cell. `mvwadd_wch` reports ERR for the bottom-right cell (the cursor cannot
    /// advance past it) but still stores the glyph, and with `scrollok` off ncurses paints it
    /// without scrolling, so the result is ignored.
    private func put(_ cell: Cell, x: Int, y: Int, columns: Int, look: inout CellLook) {
        if look.style != cell.style {
            look = CellLook(style: cell.style, attributes: Self.attributes(of: cell.style),
                            pair: pairs.pair(foreground: cell.style.foreground, background: cell.style.background))
        }
        let (attributes, pair) = (look.attributes, look.pair)
        // Most cells (text, borders, braille) are one plain scalar: no sanitising arrays for them.
        if let scalar = GlyphSanitizer.plainScalar(of: cell.character, unicode: supportsUnicode) {
            put(scalar, attributes: attributes, pair: pair, x: x, y: y)
            return
        }
        var glyphs = GlyphSanitizer.cells(of: cell.character, unicode: supportsUnicode, emoji: emoji)
        if x + 1 >= columns, DisplayWidth.of(cell.character) == 2 {
            glyphs = [[" "]] // half a wide glyph cannot be shown in the last column
        }
        for (offset, scalars) in glyphs.enumerated() {
            put(scalars, attributes: attributes, pair: pair, x: x + offset, y: y)
        }
    }

    /// Writes one ncurses cell: up to `GlyphSanitizer.maxScalars` scalars, NUL-terminated.
    private func put(_ scalars: [Unicode.Scalar], attributes: attr_t, pair: Int16, x: Int, y: Int) {
        var text: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { raw in
            let chars = raw.bindMemory(to: wchar_t.self)
            for (i, scalar) in scalars.prefix(GlyphSanitizer.maxScalars).enumerated() {
                chars[i] = wchar_t(bitPattern: scalar.value)
            }
        }
        var glyph = cchar_t()
        withUnsafePointer(to: &text) { tuple in
            tuple.withMemoryRebound(to: wchar_t.self, capacity: 6) { chars in
                _ = setcchar(&glyph, chars, attributes, pair, nil)
            }
        }
        // setcchar keeps only the zero-width scalars after the first, which would cut a ZWJ
        // sequence after its first member; the cell itself holds any five, and ncurses places
        // it by its first scalar's width and writes all of them.
        if scalars.count > 1 {
            withUnsafeMutableBytes(of: &glyph.chars) { raw in
                let chars = raw.bindMemory(to: wchar_t.self)
                for i in 0..<chars.count {
                    chars[i] = i < scalars.count && i < GlyphSanitizer.maxScalars ? wchar_t(bitPattern: scalars[i].value) : 0
                }
            }
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &glyph)
    }

    /// Writes one cell holding a single scalar.
    private func put(_ scalar: Unicode.Scalar, attributes: attr_t, pair: Int16, x: Int, y: Int) {
        var text: (wchar_t, wchar_t) = (wchar_t(bitPattern: scalar.value), 0)
        var glyph = cchar_t()
        withUnsafePointer(to: &text) { tuple in
            tuple.withMemoryRebound(to: wchar_t.self, capacity: 2) { chars in
                _ = setcchar(&glyph, chars, attributes, pair, nil)
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

/// The ncurses attributes and colour pair of the last style written: runs of cells share one.
struct CellLook {
    var style: Style?
    var attributes: attr_t = 0
    var pair: Int16 = 0
}

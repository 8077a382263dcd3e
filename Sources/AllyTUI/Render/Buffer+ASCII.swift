#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Buffer {
    /// Replaces every non-ASCII character with an ASCII stand-in, for terminals whose locale
    /// is not UTF-8: box lines become `-|+`, dashes and dots their ASCII kin, accented letters
    /// lose their accents, and anything else becomes `?` (wide characters keep their two cells).
    public mutating func foldToASCII() {
        for i in cells.indices where !cells[i].isContinuation {
            let c = cells[i].character
            if c.isASCII { continue }
            var cell = cells[i]
            cell.character = Self.ascii(for: c)
            self[i % width, i / width] = cell
        }
        for i in cells.indices where cells[i].isContinuation {
            var cell = cells[i]
            cell.character = " "
            self[i % width, i / width] = cell
        }
    }

    static func ascii(for c: Character) -> Character {
        if let mapped = asciiTable[c] { return mapped }
        let folded = String(c).foldedForSearch()
        if let first = folded.first, folded.count == 1, first.isASCII {
            // Folding lowercases for search; the screen keeps the letter's case.
            return c.isUppercase ? Character(first.uppercased()) : first
        }
        if let scalar = c.unicodeScalars.first, (0x2800...0x28FF).contains(scalar.value) { return scalar.value == 0x2800 ? " " : "." }
        return "?"
    }

    static let asciiTable: [Character: Character] = [
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "·": ".", "•": "*", "…": ".", "—": "-", "–": "-", "−": "-", "‐": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"",
        "▏": "|", "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "#", "▎": "#", "↑": "^", "↓": "v", "←": "<", "→": ">",
        "●": "@", "○": "o", "◐": "O", "◌": "?", "▲": "^", "◆": "*", "✕": "x", "★": "U", "¶": "P", "÷": "/", "×": "x", "°": "o", "≈": "~", "≥": ">", "≤": "<",
    ]
}

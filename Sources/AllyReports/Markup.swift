import AllyModel

/// Escaping for the brief's HTML and Markdown: data text (names, titles, notes from any dataset)
/// always appears as text, never as markup.
public enum Markup {
    /// Text for HTML or XML content and attribute values: the five special characters become
    /// entities, controls and bidi overrides become `?` (XML 1.0 forbids most controls).
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in TextSafety.printable(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text for a Markdown paragraph or table cell: HTML specials as entities (Markdown passes
    /// raw HTML through), Markdown punctuation backslash-escaped, `|` escaped for tables.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in TextSafety.printable(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// True for an absolute http or https address without spaces or markup characters: the only
    /// links the brief writes (anything else from the data is shown as text, not linked).
    public static func isWebAddress(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return false }
        return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "<>\"'`\\{}|^".unicodeScalars.contains($0) }
    }

    /// `text` as an id and URL fragment: ASCII letters, digits and `-`, every other run one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if out.last != "-" {
                out.append("-")
            }
        }
        return out.isEmpty ? "x" : out
    }
}

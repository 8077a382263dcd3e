extension Scenario {
    /// One line on what the scenario does, for banners and pickers: the headline, else the
    /// summary's first sentence, else the settings (a saved scenario often has only those).
    public var oneLine: String {
        let own = Self.flattened(headline)
        if !own.isEmpty { return own }
        let summary = Self.flattened(self.summary)
        if !summary.isEmpty {
            // Up to the first full stop followed by a space: "3.5 %" or "U.S." stay whole.
            if let stop = summary.firstRange(of: ". ") { return String(summary[..<stop.lowerBound]) }
            return summary
        }
        let settings = self.settings
        return settings.isEmpty ? "no change from the data" : settings.joined(separator: " ")
    }

    /// Text on one line: line breaks and tabs become spaces, runs of spaces one, ends trimmed.
    static func flattened(_ text: String) -> String {
        var out = ""
        for ch in text {
            let c: Character = ch.isNewline || ch == "\t" ? " " : ch
            if c == " " && (out.isEmpty || out.last == " ") { continue }
            out.append(c)
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}

/// A horizontal bar for a 0–1 value, using eighth blocks when the terminal has them.
public enum Bar {
    public static func text(_ value: Double?, width: Int, unicode: Bool) -> String {
        guard let value, width > 0 else { return String(repeating: unicode ? "·" : ".", count: max(0, width)) }
        let v = min(1, max(0, value.isNaN ? 0 : value))
        if !unicode {
            let n = Int((v * Double(width)).rounded())
            return String(repeating: "#", count: n) + String(repeating: ".", count: width - n)
        }
        let eighths = Int((v * Double(width * 8)).rounded())
        let full = eighths / 8, rest = eighths % 8
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest]
        let used = full + (rest > 0 ? 1 : 0)
        return String(repeating: "█", count: full) + partial + String(repeating: " ", count: max(0, width - used))
    }
}

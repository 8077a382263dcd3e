/// Why the config file could not be read or written. Every case names the file.
public enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but could not be read (permissions, a directory in its place...).
    case unreadable(path: String, reason: String)
    /// The file was read but is not a valid allymap config; it is left untouched.
    case malformed(path: String, reason: String)
    /// The new contents could not be written; the old file, if any, is unchanged.
    case unwritable(path: String, reason: String)

    /// The config file the error is about.
    public var path: String {
        switch self {
        case .unreadable(let p, _), .malformed(let p, _), .unwritable(let p, _): return p
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let p, let r):
            return "cannot read config file \(p): \(r)"
        case .malformed(let p, let r):
            // Decoder messages end with their own full stop ("...not valid JSON.").
            let reason = r.hasSuffix(".") ? String(r.dropLast()) : r
            return "config file \(p) is not valid: \(reason). It was left as it is; fix or move it, then try again"
        case .unwritable(let p, let r):
            return "cannot write config file \(p): \(r). The previous file, if any, is unchanged"
        }
    }
}

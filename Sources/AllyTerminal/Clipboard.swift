#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copying through the terminal (OSC 52): works over ssh and in tmux, needs no X or Wayland.
/// Terminals that refuse it ignore the sequence; the explorer's status line says what was sent.
public enum Clipboard {
    /// The escape sequence that asks the terminal to put `text` on the clipboard.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(base64(Array(text.utf8)))\u{07}"
    }

    /// Terminal types known to have no clipboard for OSC 52 (the Linux and BSD consoles, the
    /// DEC terminals and their emulations); a copy sent there is lost, or printed as junk.
    static let withoutClipboard: Set<String> = ["linux", "vt52", "vt100", "vt102", "vt220", "vt320", "ansi", "cons25",
                                                "wsvt25", "pcansi", "sun", "mach", "bsdos-pc", "dumb"]

    /// Why a copy cannot reach the clipboard in this environment, or nil when it should (most
    /// terminal emulators, and tmux with `set-clipboard`). Only TERM says anything before
    /// trying: no terminal answers whether it took a copy.
    public static func refusal(environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        if term.isEmpty { return "TERM is not set, so no clipboard is known" }
        let base = term.split(separator: "-").first.map(String.init) ?? term
        if withoutClipboard.contains(term) || withoutClipboard.contains(base) && !term.contains("xterm") {
            return "TERM=\(term) has no clipboard (OSC 52)"
        }
        return nil
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(table[Int(v >> 18 & 63)])
            out.append(table[Int(v >> 12 & 63)])
            out.append(n > 1 ? table[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(n > 2 ? table[Int(v & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension NcursesTerminal {
    /// Sends `text` to the terminal's clipboard. ncurses has flushed the last frame (doupdate),
    /// so the sequence goes out whole, between frames.
    public func copyToClipboard(_ text: String) {
        guard isActive else { return }
        let bytes = Array(Clipboard.osc52(text).utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
            sent += n
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a table's bytes come from: memory (the built-in copy, tests) or a file read in chunks.
public enum ByteInput: Sendable {
    case bytes([UInt8])
    case file(path: String)

    /// Its length in bytes (0 if the file cannot be examined; reading it will then say why).
    var byteCount: Int {
        switch self {
        case .bytes(let b): return b.count
        case .file(let path):
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        }
    }
}

/// Splits input into lines without ever holding a whole file: a 100k-actor dataset is ~80 MB
/// of text, and keeping it (plus a `String` per field) in memory was most of the loader's peak.
enum LineStream {
    /// What `forEachLine` hands over for each line.
    enum Line {
        /// The line's bytes, without the newline or a trailing `\r`.
        case text(UnsafeBufferPointer<UInt8>)
        /// The line is longer than `maxLineBytes`; its bytes were skipped.
        case tooLong
    }

    /// Most bytes read from one file: a table that never ends (`/dev/zero`) is an error, not a hang.
    static let maxFileBytes = DatasetLoader.maxFileBytes

    /// Bytes read from a file at a time.
    static let chunkBytes = 1 << 20

    /// Calls `body` with each line's 1-based number and contents. A UTF-8 byte-order mark is skipped.
    /// Throws only when the file cannot be opened or read.
    static func forEachLine(_ input: ByteInput, maxLineBytes: Int, _ body: (Int, Line) -> Void) throws(ReadFailure) {
        switch input {
        case .bytes(let bytes):
            bytes.withUnsafeBufferPointer { buf in
                var splitter = Splitter(maxLineBytes: maxLineBytes)
                _ = splitter.feed(buf, final: true, body)
            }
        case .file(let path):
            try forEachLine(path: path, maxLineBytes: maxLineBytes, body)
        }
    }

    struct ReadFailure: Error { let message: String }

    private static func forEachLine(path: String, maxLineBytes: Int, _ body: (Int, Line) -> Void) throws(ReadFailure) {
        let fd: Int32
        do { fd = try RegularFile.open(path) } catch { throw ReadFailure(message: error.message) }
        defer { close(fd) }
        var total = 0
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        var filled = 0
        var splitter = Splitter(maxLineBytes: maxLineBytes)
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + filled, raw.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(message: "cannot be read: \(String(cString: strerror(errno)))")
            }
            filled += n
            total += n
            if total > maxFileBytes { throw ReadFailure(message: RegularFile.tooLarge(total, maxFileBytes)) }
            let consumed = buffer.withUnsafeBufferPointer { buf in
                splitter.feed(UnsafeBufferPointer(rebasing: buf[0..<filled]), final: n == 0, body)
            }
            if n == 0 { return }
            // Keep the unfinished last line at the front; the next read appends to it.
            if consumed > 0 {
                buffer.withUnsafeMutableBufferPointer { buf in
                    _ = memmove(buf.baseAddress!, buf.baseAddress! + consumed, filled - consumed)
                }
                filled -= consumed
            } else if filled == buffer.count {
                // Nothing consumed and the buffer is full: the line is in skip mode (too long),
                // or longer than a chunk but allowed; grow in the latter case only.
                if splitter.skipping { filled = 0 } else { buffer += [UInt8](repeating: 0, count: buffer.count) }
            }
        }
    }

    /// Finds line ends in whatever bytes it is given and remembers, across chunks, the line
    /// number and whether it is skipping the rest of an over-long line.
    private struct Splitter {
        let maxLineBytes: Int
        var lineNumber = 0
        var skipping = false
        var atStart = true

        init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

        /// Emits every complete line in `buf` (and the last, unterminated one when `final`);
        /// returns how many bytes were consumed.
        mutating func feed(_ buf: UnsafeBufferPointer<UInt8>, final: Bool, _ body: (Int, Line) -> Void) -> Int {
            var start = 0
            let n = buf.count
            if atStart {
                if n < 3 && !final { return 0 }
                if n >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { start = 3 }
                atStart = false
            }
            let base = buf.baseAddress
            while start < n {
                let rest = n - start
                let newline = base.flatMap { memchr($0 + start, Int32(UInt8(ascii: "\n")), rest) }
                guard let newline, let base else {
                    // No newline yet: an unfinished line.
                    if skipping { return n }
                    if rest > maxLineBytes { skipping = true; return n }
                    if final { emit(UnsafeBufferPointer(start: base.map { $0 + start }, count: rest), body); return n }
                    return start
                }
                let end = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
                if skipping {
                    skipping = false
                    lineNumber += 1
                    body(lineNumber, .tooLong)
                } else if end - start > maxLineBytes {
                    lineNumber += 1
                    body(lineNumber, .tooLong)
                } else {
                    emit(UnsafeBufferPointer(start: base + start, count: end - start), body)
                }
                start = end + 1
            }
            if final && skipping {
                skipping = false
                lineNumber += 1
                body(lineNumber, .tooLong)
            }
            return n
        }

        private mutating func emit(_ line: UnsafeBufferPointer<UInt8>, _ body: (Int, Line) -> Void) {
            lineNumber += 1
            var count = line.count
            if count > 0 && line[count - 1] == UInt8(ascii: "\r") { count -= 1 }
            body(lineNumber, .text(UnsafeBufferPointer(rebasing: line[0..<count])))
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so readers see either the old contents or the new, never a mix.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file in the same directory, flushes it to disk, then renames it over `path`.
    ///
    /// The rename is atomic only within one file system, which is why the temporary file sits beside the target.
    /// On any failure the temporary file is removed and the target is left as it was.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws {
        let dir = Path.parent(path)
        let name = Path.lastComponent(path)
        let temp = Path.join(dir, ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw POSIXFailure(op: "create \(temp)", code: errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno; close(fd); throw POSIXFailure(op: "write \(temp)", code: code)
            }
            offset += n
        }
        if fsync(fd) != 0 { let code = errno; close(fd); throw POSIXFailure(op: "flush \(temp)", code: code) }
        if close(fd) != 0 { throw POSIXFailure(op: "close \(temp)", code: errno) }
        if rename(temp, path) != 0 { throw POSIXFailure(op: "rename to \(path)", code: errno) }
        ok = true
        // Make the rename itself durable; failure here leaves a complete file either way, so it is not an error.
        let dfd = open(dir, O_RDONLY)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }
}

/// A failed system call, with the operation and the system's message.
/// A failed system call: what was attempted and the system's reason.
public struct POSIXFailure: Error, CustomStringConvertible {
    let op: String
    let code: Int32
    public var description: String { "\(op): \(reason)" }
    /// The system's reason alone ("Permission denied"), for messages that name the file themselves.
    public var reason: String { String(cString: strerror(code)) }
}

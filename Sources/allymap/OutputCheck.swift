import AllyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last step of every command: stdout's buffered bytes are written and any write error
/// since start-up is reported. A command that lost its output fails with 74 (EX_IOERR).
enum OutputCheck {
    /// Flushes stdout; returns `status`, or 74 after a message when output was lost.
    static func finish(status: ExitStatus) -> ExitStatus {
        let stream = standardOutput()
        errno = 0
        let flushed = fflush(stream) == 0
        let code = errno
        let failedEarlier = stream.map { ferror($0) != 0 } ?? false
        guard !flushed || failedEarlier else { return status }
        let reason = code != 0 ? String(cString: strerror(code)) : "write error"
        Console.error("allymap: cannot write to standard output: \(reason)")
        return status == .ok ? .ioError : status
    }

    /// libc's `stdout` stream. Swift 6 refuses to read the C global directly (shared mutable
    /// state), so its address is looked up once; nil only if the lookup fails, and then
    /// `fflush(nil)` still flushes and reports errors of every stream.
    private static func standardOutput() -> UnsafeMutablePointer<FILE>? {
        guard let symbol = dlsym(nil, "stdout") else { return nil }
        return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }
}

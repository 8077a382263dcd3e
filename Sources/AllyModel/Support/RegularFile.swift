#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens data files so that nothing but a regular file is ever read.
///
/// A FIFO would block `open` and `read` forever, and `/dev/zero` or `/dev/urandom` never end:
/// the file is opened non-blocking, checked with `fstat`, and refused unless it is a regular
/// file; readers then cap the bytes they take (`maxBytes`) whatever size the file reports.
public enum RegularFile {
    /// Why a path could not be opened for reading, in words for an error message.
    public struct Failure: Error, Sendable, Equatable { public let message: String }

    /// Opens `path` read-only and returns a blocking descriptor on a regular file.
    public static func open(_ path: String) throws(Failure) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(message: reason(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw Failure(message: reason(code))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw Failure(message: "not a regular file (\(kindName(info.st_mode))): expected a data file")
        }
        // Regular files never block; clear the flag so reads behave as usual.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// The message for an `open`/`stat` error number.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case ELOOP: return "symlink loop (too many levels of symbolic links)"
        case EACCES, EPERM: return "cannot be read: permission denied"
        case ENOTDIR: return "a component of the path is not a directory"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "not a plain file"
        }
    }
}

extension RegularFile {
    /// The whole of a regular file, refusing more than `maxBytes` (its reported size is not
    /// trusted: the cap is applied to what is actually read).
    public static func readAll(_ path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        var info = stat()
        let reported = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        if reported > maxBytes { throw Failure(message: tooLarge(reported, maxBytes)) }
        var bytes = [UInt8](repeating: 0, count: max(reported, 4096) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > maxBytes { throw Failure(message: tooLarge(filled, maxBytes)) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, maxBytes + 1 - filled + 1))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: reason(errno))
            }
            if n == 0 { break }
            filled += n
            if filled > maxBytes { throw Failure(message: tooLarge(filled, maxBytes)) }
        }
        return Array(bytes[..<filled])
    }

    static func tooLarge(_ size: Int, _ maxBytes: Int) -> String {
        "is larger than \(maxBytes) bytes (read \(size)): expected at most \(maxBytes)"
    }
}

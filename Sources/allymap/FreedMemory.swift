#if canImport(Glibc)
import Glibc
#endif

/// Hands pages that the allocator holds but no longer uses back to the system.
///
/// Decoding a large dataset frees a great many short-lived strings between the tables it keeps;
/// glibc keeps those pages resident until asked. At 100k actors this is about 6 MB of RSS for a
/// call that takes a few milliseconds (and microseconds on the built-in data). `malloc_trim` is
/// glibc's own (declared in malloc.h, which Swift's Glibc module leaves out), so it is looked up
/// at run time; another C library simply skips this.
func releaseFreedMemory() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(nil, "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two pieces of work at once on a two-core machine, with plain threads: loading a large
/// dataset decodes the indicators table on a second thread while this one reads the others.
public enum Parallel {
    /// Runs `background` on a new thread while `foreground` runs on this one, and returns both
    /// results once both are done. If no thread can be started, `background` runs here after.
    public static func both<A, B: Sendable>(_ foreground: () throws -> A, _ background: @escaping @Sendable () -> B) throws -> (A, B) {
        let job = Job(background)
        let thread = job.start()
        // Join before rethrowing, so the background work never outlives this call.
        let a = Result { try foreground() }
        if let thread { pthread_join(thread, nil) } else { job.run() }
        return (try a.get(), job.result!)
    }

    /// Runs `work` on a new thread of its own that nobody waits for (the explorer's warm-up
    /// work); if no thread can be started, `work` runs here. A plain thread, so the explorer
    /// needs no Foundation `Thread` (and does not load full Foundation for it).
    public static func detach(_ work: @escaping @Sendable () -> Void) {
        let job = Job(work)
        guard let thread = job.start() else { return job.run() }
        pthread_detach(thread)
    }
}

/// What a background thread runs; non-generic so a C thread entry can call it.
private class ThreadJob: @unchecked Sendable {
    func run() {}

    /// Starts `run` on a new thread; nil if no thread could be created.
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self as ThreadJob).toOpaque()
        guard pthread_create(&thread, nil, runThreadJob, context) == 0 else {
            Unmanaged<ThreadJob>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}

private func runThreadJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadJob>.fromOpaque(context!).takeRetainedValue().run()
    return nil
}

/// The background work and, once it ran, its result (written by one thread, read after join).
private final class Job<B: Sendable>: ThreadJob, @unchecked Sendable {
    let work: @Sendable () -> B
    var result: B?
    init(_ work: @escaping @Sendable () -> B) { self.work = work }
    override func run() { result = work() }
}

import AllyModel
import AllyReports
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a written brief on disk: for `allymap brief --out` and the explorer's `:export FILE`.
enum BriefFile {
    /// Writes the side files beside `path`, then the document, each atomically. On a failure the
    /// side files this call wrote are removed again, so no brief is left pointing at a missing
    /// map or a map without its brief; the error (a `POSIXFailure`) says which write failed and why.
    static func write(_ document: BriefDocument, to path: String) throws {
        var written: [String] = []
        do {
            for side in document.sideFiles {
                let sidePath = Path.join(Path.parent(path), side.name)
                try AtomicFile.write(Array(side.contents.utf8), to: sidePath, mode: 0o644)
                written.append(sidePath)
            }
            try AtomicFile.write(Array(document.text.utf8), to: path, mode: 0o644)
        } catch {
            for file in written { _ = unlink(file) }
            throw error
        }
    }
}

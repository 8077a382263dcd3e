#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The result of looking an actor up by what a person typed.
public enum LookupResult: Sendable, Equatable {
    case found(Actor)
    case ambiguous([Actor])
    case notFound
}

extension Dataset {
    /// Finds an actor by id, ISO code, name, alias or name prefix, case-insensitively.
    ///
    /// Exact matches (id, code, name, alias) win over prefixes, so `show jp` finds Japan and
    /// `show "south k"` finds South Korea; several prefix matches are reported as ambiguous.
    public func lookup(_ query: String) -> LookupResult {
        let q = Self.fold(query)
        guard !q.isEmpty else { return .notFound }
        let exact = actors.filter { a in
            Self.fold(a.id) == q || Self.fold(a.iso2) == q || Self.fold(a.iso3) == q
                || Self.fold(a.name) == q || a.aliases.contains { Self.fold($0) == q }
        }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }
        let prefix = actors.filter { a in
            ([a.name, a.id] + a.aliases).contains { name in
                let folded = Self.fold(name)
                return folded.hasPrefix(q) || folded.split(separator: " ").contains { $0.hasPrefix(q) }
            }
        }
        switch prefix.count {
        case 0: return .notFound
        case 1: return .found(prefix[0])
        default: return .ambiguous(prefix)
        }
    }

    /// Actors whose name, id, code or alias contains `query`, best first: the plain reference
    /// that the explorer's `SearchIndex` is tested against (the index is what ships in use).
    func search(_ query: String, kinds: Set<ActorKind> = Set(ActorKind.allCases)) -> [Actor] {
        let q = Self.fold(query)
        guard !q.isEmpty else { return [] }
        var scored: [(Int, Int, Actor)] = []
        for (i, a) in actors.enumerated() where kinds.contains(a.kind) {
            let names = [a.name, a.id, a.iso2, a.iso3] + a.aliases
            var best = Int.max
            for n in names where !n.isEmpty {
                let f = Self.fold(n)
                if f == q { best = min(best, 0) } else if f.hasPrefix(q) { best = min(best, 1) }
                else if f.split(separator: " ").contains(where: { $0.hasPrefix(q) }) { best = min(best, 2) }
                else if f.contains(q) { best = min(best, 3) }
            }
            if best != Int.max { scored.append((best, i, a)) }
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// Lowercased, accents removed, dashes and underscores as spaces, spaces collapsed.
    public static func fold(_ s: String) -> String {
        var bytes: [UInt8] = []
        return appendFoldedASCII(s, to: &bytes) ? String(decoding: bytes, as: UTF8.self) : foldAny(s)
    }

    /// `fold` for any text.
    static func foldAny(_ s: String) -> String {
        let lowered = s.foldedForSearch()
        var out = ""
        var lastSpace = true
        for c in lowered {
            let isSpace = c == " " || c == "-" || c == "_" || c == "."
            if isSpace { if !lastSpace { out.append(" ") } } else { out.append(c) }
            lastSpace = isSpace
        }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// Appends `fold(s)`'s UTF-8 bytes to `out` and returns true when `s` is printable ASCII
    /// (most names and every code); otherwise returns false and leaves `out` as it was. ASCII
    /// has no accents to strip, so folding it byte by byte, without building Strings, gives the
    /// same text far faster: checking or searching 100k actors' names is mostly this.
    public static func appendFoldedASCII(_ s: String, to out: inout [UInt8]) -> Bool {
        guard asciiFoldingIsCaseOnly else { return false }
        var s = s
        // Contiguous UTF-8 (always true after makeContiguousUTF8) is much faster to walk than the view.
        s.makeContiguousUTF8()
        return s.utf8.withContiguousStorageIfAvailable { appendFoldedASCII($0, to: &out) } ?? false
    }

    private static func appendFoldedASCII(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        // Folded into scratch space first and appended once: a per-byte append costs more than the folding.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
            var count = 0
            var lastSpace = true
            for byte in bytes {
                guard byte >= 0x20 && byte <= 0x7E else { return false }
                let isSpace = byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x2E
                if isSpace {
                    if !lastSpace { scratch[count] = 0x20; count += 1 }
                } else {
                    scratch[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                lastSpace = isSpace
            }
            if count > 0 && scratch[count - 1] == 0x20 { count -= 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
            return true
        }
    }

    /// Whether folding leaves printable ASCII as its plain lowercase (checked once, so the fast
    /// path can never disagree with `foldAny`).
    public static let asciiFoldingIsCaseOnly: Bool = {
        let printable = String(decoding: Array(UInt8(0x20)...UInt8(0x7E)), as: UTF8.self)
        let folded = printable.foldedForSearch()
        return Array(folded.utf8) == printable.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }()
}

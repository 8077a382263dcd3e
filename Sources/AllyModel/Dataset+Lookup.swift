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
        s.utf8.allSatisfy({ $0 < 0x80 }) ? foldASCII(s) : foldAny(s)
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

    /// `fold` for ASCII text (most names and every code), byte by byte: ASCII has no accents to
    /// strip, and lowercasing it is A–Z to a–z. Checking 100k actors' names spent most of its
    /// time in the general path.
    private static func foldASCII(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for b in s.utf8 {
            let isSpace = b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
            if isSpace { if !lastSpace { out.append(UInt8(ascii: " ")) } } else { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            lastSpace = isSpace
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

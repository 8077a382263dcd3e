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

/// The small set of rules that map raw inputs to 0–1; METHOD.md describes each in words.
public enum Normalisation {
    /// Clamps to 0...1; NaN becomes 0 so a bad input can never push a score out of range.
    public static func unit(_ x: Double) -> Double {
        guard !x.isNaN else { return 0 }
        return min(1, max(0, x))
    }

    /// A count on a log scale: `log(1 + n/scale) / log(1 + saturation/scale)`, clamped.
    ///
    /// Used where the first few hundred (troops, warheads) matter more than the next few thousand:
    /// 0 maps to 0 and `saturation` or more maps to 1.
    public static func logCount(_ n: Double, scale: Double, saturation: Double) -> Double {
        guard n > 0, scale > 0, saturation > 0 else { return 0 }
        return unit(log(1 + n / scale) / log(1 + saturation / scale))
    }

    /// A ratio on a symmetric log scale: `1/span` or less → 0, parity → 0.5, `span` or more → 1.
    public static func logRatio(_ ratio: Double, span: Double) -> Double {
        guard ratio > 0, span > 1 else { return ratio > 0 ? 0.5 : 0 }
        return unit(0.5 + log(ratio) / (2 * log(span)))
    }

    /// Nearness on a log scale: `near` km or less → 1, `far` km or more → 0.
    public static func closeness(_ km: Double, near: Double, far: Double) -> Double {
        guard km > near else { return 1 }
        guard far > near else { return 0 }
        return unit(1 - log(km / near) / log(far / near))
    }

    /// Linear up to a cap: 0 → 0, `cap` or more → 1.
    public static func capped(_ x: Double, cap: Double) -> Double {
        guard cap > 0 else { return 0 }
        return unit(x / cap)
    }
}

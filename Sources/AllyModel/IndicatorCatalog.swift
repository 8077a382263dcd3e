#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Human labels and number formatting for the indicator keys the dataset uses.
public enum IndicatorCatalog {
    static let labels: [IndicatorKey: String] = [
        .usSecurityTie: "US security tie",
        .usNuclearUmbrella: "US nuclear umbrella",
        .mnnaYear: "Major non-NATO ally since",
        .usSecurityExecutiveOrder: "US executive order on its security",
        .usTroops: "US troops present",
        .usFMFAnnual: "US military financing (FMF) per year",
        .usAidAnnualMOU: "US aid per year under MOU",
        .usMissileDefenseAidAnnual: "US missile-defence aid per year",
        .usSupplementalAid2024: "US supplemental aid 2024",
        .usBilateralAidCumulative: "US bilateral aid, cumulative",
        .armsImportsUSShare: "US share of arms imports",
        .armsImporterWorldRank: "World rank as arms importer",
        .milexUSD: "Military spending",
        .milexPctGDP: "Military spending, % of GDP",
        .activePersonnel: "Active armed forces",
        .nuclearWarheads: "Nuclear warheads",
        .nuclearArmed: "Nuclear-armed",
        .nuclearStatus: "Nuclear status",
        .separatedPlutoniumStock: "Separated plutonium stock",
        .publicSupportOwnNukes: "Public support for own nuclear weapons",
        .eliteSupportOwnNukes: "Elite support for own nuclear weapons",
        .nuclearIntentStatement: "Stated nuclear intent",
        .enrichedUranium60pctStock: "Uranium enriched to 60 %",
        .enrichedUraniumTotalStock: "Enriched uranium, total",
        .mainAdversary: "Main adversary",
        .mainAdversaryNuclearArmed: "Main adversary nuclear-armed",
        .defenseSpendingTarget: "Defence spending target",
        .defenseSpendingPlan: "Defence spending plan",
        .natoSpendingPledge: "NATO spending pledge",
        .landBorderWithRussia: "Land border with Russia",
        .deployedStrategicWarheads: "Deployed strategic warheads",
        .nuclearSharingHost: "Hosts US nuclear bombs (NATO sharing)",
        .usBasesMajor: "Main US bases",
        .usMissileDefenseCoop: "Missile-defence cooperation with the US",
        .hostNationSupport: "Host-nation support for US forces",
        .us123Agreement: "US nuclear cooperation (123) agreement",
        .nato2pctMet2024: "Met NATO's 2 % in 2024",
        .nato5pctPledge2025: "NATO 5 % pledge (2025)",
        .reservePersonnel: "Reserve forces",
        .publicDoubtUSDefence: "Public doubt the US would defend it",
        .enrichmentReprocessing: "Enrichment and reprocessing",
        .tradeShareChina: "China's share of its trade",
        .milexPctGDP2015: "Military spending, % of GDP, in 2015",
    ]

    /// `arms_imports_us_share` → "US share of arms imports"; unknown keys are made readable.
    public static func label(for key: IndicatorKey) -> String {
        if let l = labels[key] { return l }
        let key = key.rawValue
        // Acronyms stay in capitals: "us_troops_in_europe" → "US troops in europe".
        let acronyms: Set<String> = ["us", "nato", "gdp", "mou", "fmf", "dmz", "irbm", "mrbm", "icbm", "uk"]
        var words = key.split(separator: "_").map { acronyms.contains(String($0)) ? $0.uppercased() : String($0) }
        if words.first == "distance" { words.removeFirst(); return "Distance " + words.joined(separator: " ") }
        guard let first = words.first else { return key }
        words[0] = first.prefix(1).uppercased() + first.dropFirst()
        return words.joined(separator: " ")
    }

    /// 169000 `personnel` → "169,000 personnel"; 3.8 `USD bn (current)` → "3.8 USD bn"; 69 `% of GDP` → "69%".
    public static func formatNumber(_ value: Double, unit: String) -> String {
        let shortUnit = displayUnit(unit)
        if shortUnit == "year" { return IndicatorValue.format(value) }
        if shortUnit == "rank" { return "#" + IndicatorValue.format(value) }
        let number: String
        if value == value.rounded() && abs(value) < 1e15 {
            number = grouped(Int64(value))
        } else {
            number = IndicatorValue.format((value * 1000).rounded() / 1000)
        }
        if shortUnit.isEmpty { return number }
        if shortUnit == "%" { return number + "%" }
        return number + " " + shortUnit
    }

    /// The unit as shown beside a number: qualifiers in brackets dropped, any percentage as `%`.
    public static func displayUnit(_ unit: String) -> String {
        let u = unitBeforeQualifier(unit)
        if u.hasPrefix("%") || u == "pct" { return "%" }
        if u == "text" || u == "yes/no" || u == "count" { return "" }
        return String(u)
    }

    /// The unit up to its first " (": found on the bytes, as the validator asks this of every
    /// row and a substring search per row was a seventh of validating 100k actors.
    private static func unitBeforeQualifier(_ unit: String) -> Substring {
        let bytes = unit.utf8
        var i = bytes.startIndex
        while let space = bytes[i...].firstIndex(of: UInt8(ascii: " ")) {
            let next = bytes.index(after: space)
            if next < bytes.endIndex && bytes[next] == UInt8(ascii: "(") { return unit[..<space] }
            i = next
        }
        return unit[...]
    }

    /// Whether figures in `unit` are percentages (as `displayUnit` shows them, `%`).
    static func isPercentage(unit: String) -> Bool {
        let u = unitBeforeQualifier(unit)
        return u.hasPrefix("%") || u == "pct"
    }

    /// Units whose values are words (`text`, `yes/no`); every other unit holds a quantity.
    public static func isQuantity(unit: String) -> Bool {
        !(unit.isEmpty || unit == "text" || unit == "yes/no")
    }

    /// Largest magnitude a figure may have; nothing the dataset measures comes near it.
    static let maxMagnitude = 1e15

    /// Why `value` cannot be a figure in `unit`, or nil when it can.
    ///
    /// Quantities are plain decimals (no exponent, hex, nan or inf), never negative, at most
    /// 100 when the unit is a percentage; a range written `1500-1700` is kept as text. `unknown`
    /// is always allowed: it is a gap, not a figure.
    public static func valueProblem(_ value: IndicatorValue, unit: String) -> String? {
        guard isQuantity(unit: unit) else { return nil }
        switch value {
        case .unknown:
            return nil
        case .text(let t):
            if isRange(t) { return nil }
            let shown = t.count > 40 ? String(t.prefix(40)) + "…" : t
            return "expected a plain decimal number in \(unit) (no exponent, hex, nan or inf), a range like 1500-1700, or unknown; got \"\(shown)\""
        case .number(let d):
            if d < 0 { return "expected a number ≥ 0 in \(unit), got \(IndicatorValue.format(d))" }
            if d > maxMagnitude { return "expected a number below 10^15 in \(unit), got \(IndicatorValue.format(d))" }
            if isPercentage(unit: unit) && d > 100 { return "expected a percentage from 0 to 100, got \(IndicatorValue.format(d))" }
            return nil
        }
    }

    /// `1500-1700`: two plain decimals, the first no larger than the second.
    static func isRange(_ t: String) -> Bool {
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lo = IndicatorValue.parseNumber(String(parts[0])),
              let hi = IndicatorValue.parseNumber(String(parts[1])) else { return false }
        return lo >= 0 && lo <= hi && hi <= maxMagnitude
    }

    /// Distances between places do not change with time, so they need no year.
    public static func isTimeless(unit: String) -> Bool { unit.hasPrefix("km") }

    static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

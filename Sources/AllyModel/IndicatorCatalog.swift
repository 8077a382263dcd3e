#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Human labels and number formatting for the indicator keys the dataset uses.
public enum IndicatorCatalog {
    static let labels: [String: String] = [
        "us_security_tie": "US security tie",
        "us_nuclear_umbrella": "US nuclear umbrella",
        "mnna_year": "Major non-NATO ally since",
        "us_security_executive_order": "US executive order on its security",
        "us_troops": "US troops present",
        "us_fmf_annual": "US military financing (FMF) per year",
        "us_aid_annual_mou": "US aid per year under MOU",
        "us_missile_defense_aid_annual": "US missile-defence aid per year",
        "us_supplemental_aid_2024": "US supplemental aid 2024",
        "us_bilateral_aid_cumulative": "US bilateral aid, cumulative",
        "arms_imports_us_share": "US share of arms imports",
        "arms_importer_world_rank": "World rank as arms importer",
        "milex_usd": "Military spending",
        "milex_pct_gdp": "Military spending, % of GDP",
        "active_personnel": "Active armed forces",
        "nuclear_warheads": "Nuclear warheads",
        "nuclear_armed": "Nuclear-armed",
        "nuclear_status": "Nuclear status",
        "separated_plutonium_stock": "Separated plutonium stock",
        "public_support_own_nukes": "Public support for own nuclear weapons",
        "elite_support_own_nukes": "Elite support for own nuclear weapons",
        "nuclear_intent_statement": "Stated nuclear intent",
        "enriched_uranium_60pct_stock": "Uranium enriched to 60 %",
        "enriched_uranium_total_stock": "Enriched uranium, total",
        "main_adversary": "Main adversary",
        "main_adversary_nuclear_armed": "Main adversary nuclear-armed",
        "defense_spending_target": "Defence spending target",
        "defense_spending_plan": "Defence spending plan",
        "nato_spending_pledge": "NATO spending pledge",
        "land_border_with_russia": "Land border with Russia",
        "deployed_strategic_warheads": "Deployed strategic warheads",
        "nuclear_sharing_host": "Hosts US nuclear bombs (NATO sharing)",
        "us_bases_major": "Main US bases",
        "us_missile_defense_coop": "Missile-defence cooperation with the US",
        "host_nation_support": "Host-nation support for US forces",
        "us_123_agreement": "US nuclear cooperation (123) agreement",
        "nato_2pct_met_2024": "Met NATO's 2 % in 2024",
        "nato_5pct_pledge_2025": "NATO 5 % pledge (2025)",
        "reserve_personnel": "Reserve forces",
        "public_doubt_us_defence": "Public doubt the US would defend it",
        "enrichment_reprocessing": "Enrichment and reprocessing",
        "trade_share_china": "China's share of its trade",
        "milex_pct_gdp_2015": "Military spending, % of GDP, in 2015",
    ]

    /// `arms_imports_us_share` → "US share of arms imports"; unknown keys are made readable.
    public static func label(for key: String) -> String {
        if let l = labels[key] { return l }
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
        var u = unit
        if let paren = u.firstRange(of: " (") { u = String(u[..<paren.lowerBound]) }
        if u.hasPrefix("%") || u == "pct" { return "%" }
        if ["text", "yes/no", "count"].contains(u) { return "" }
        return u
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
            if displayUnit(unit) == "%" && d > 100 { return "expected a percentage from 0 to 100, got \(IndicatorValue.format(d))" }
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

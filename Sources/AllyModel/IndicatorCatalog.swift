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

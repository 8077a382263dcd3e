/// Converts money figures to plain US dollars from their unit text (`USD bn (current)`, `USD bn/yr`, `USD m`).
///
/// Units are read, not assumed: a figure in a unit this does not understand is treated as unknown,
/// so a budget in millions is never silently divided by aid in billions.
public enum MoneyUnit {
    /// Multiplier for the scale word after `USD`; nil when the unit is not US dollars or the scale is unclear.
    public static func dollars(per unit: String) -> Double? {
        let words = unit.lowercased().split { !$0.isLetter }.map(String.init)
        guard let usd = words.firstIndex(of: "usd") else { return nil }
        let scale = words.dropFirst(usd + 1).first ?? ""
        switch scale {
        case "", "current", "constant", "yr", "year", "per", "annual": return 1
        case "k", "thousand": return 1e3
        case "m", "mn", "mio", "million", "millions": return 1e6
        case "bn", "b", "billion", "billions": return 1e9
        case "tn", "trillion", "trillions": return 1e12
        default: return nil
        }
    }

    /// The indicator's value in US dollars, or nil if it is unknown, not a number or not in dollars.
    public static func usd(_ indicator: Indicator) -> Double? {
        guard let value = indicator.value.number, let k = dollars(per: indicator.unit) else { return nil }
        return value * k
    }
}

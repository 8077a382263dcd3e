/// The name of a kind of figure in `indicators.tsv`, e.g. `nuclear_warheads`.
///
/// A struct rather than an enum: a dataset may carry keys the code has never heard of (they
/// are shown under "Other figures" with a readable label), so the set is open. The constants
/// below are every key the code reads or places by name; code names keys only through them.
public struct IndicatorKey: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    /// A `missile_range_*` figure: how far one of the actor's missiles flies.
    public var isMissileRange: Bool { rawValue.hasPrefix("missile_range_") }

    /// A distance to a place (`distance_*`) or a strait's width (`*_width_min`): shown after the risk figures.
    public var isDistance: Bool { rawValue.hasPrefix("distance_") || rawValue.hasSuffix("_width_min") }

    // MARK: - Ties to the US

    public static let usSecurityTie: IndicatorKey = "us_security_tie"
    public static let mnnaYear: IndicatorKey = "mnna_year"
    public static let usSecurityExecutiveOrder: IndicatorKey = "us_security_executive_order"
    public static let usNuclearUmbrella: IndicatorKey = "us_nuclear_umbrella"
    public static let usTroops: IndicatorKey = "us_troops"
    public static let usFMFAnnual: IndicatorKey = "us_fmf_annual"
    public static let usAidAnnualMOU: IndicatorKey = "us_aid_annual_mou"
    public static let usMissileDefenseAidAnnual: IndicatorKey = "us_missile_defense_aid_annual"
    public static let usSupplementalAid2024: IndicatorKey = "us_supplemental_aid_2024"
    public static let usBilateralAidCumulative: IndicatorKey = "us_bilateral_aid_cumulative"
    public static let armsImportsUSShare: IndicatorKey = "arms_imports_us_share"
    public static let armsImporterWorldRank: IndicatorKey = "arms_importer_world_rank"
    public static let nuclearSharingHost: IndicatorKey = "nuclear_sharing_host"
    public static let usBasesMajor: IndicatorKey = "us_bases_major"
    public static let usMissileDefenseCoop: IndicatorKey = "us_missile_defense_coop"
    public static let hostNationSupport: IndicatorKey = "host_nation_support"
    public static let us123Agreement: IndicatorKey = "us_123_agreement"

    // MARK: - Own means and spending

    public static let milexUSD: IndicatorKey = "milex_usd"
    public static let milexPctGDP: IndicatorKey = "milex_pct_gdp"
    public static let milexPctGDP2015: IndicatorKey = "milex_pct_gdp_2015"
    public static let activePersonnel: IndicatorKey = "active_personnel"
    public static let reservePersonnel: IndicatorKey = "reserve_personnel"
    public static let defenseSpendingTarget: IndicatorKey = "defense_spending_target"
    public static let defenseSpendingPlan: IndicatorKey = "defense_spending_plan"
    public static let natoSpendingPledge: IndicatorKey = "nato_spending_pledge"
    public static let nato2pctMet2024: IndicatorKey = "nato_2pct_met_2024"
    public static let nato5pctPledge2025: IndicatorKey = "nato_5pct_pledge_2025"

    // MARK: - Nuclear

    public static let nuclearWarheads: IndicatorKey = "nuclear_warheads"
    /// Yes/no: the form the data uses where no warhead count is published (armed groups).
    public static let nuclearArmed: IndicatorKey = "nuclear_armed"
    public static let nuclearStatus: IndicatorKey = "nuclear_status"
    public static let deployedStrategicWarheads: IndicatorKey = "deployed_strategic_warheads"
    public static let separatedPlutoniumStock: IndicatorKey = "separated_plutonium_stock"
    public static let enrichedUranium60pctStock: IndicatorKey = "enriched_uranium_60pct_stock"
    public static let enrichedUraniumTotalStock: IndicatorKey = "enriched_uranium_total_stock"
    public static let enrichmentReprocessing: IndicatorKey = "enrichment_reprocessing"
    public static let publicSupportOwnNukes: IndicatorKey = "public_support_own_nukes"
    public static let eliteSupportOwnNukes: IndicatorKey = "elite_support_own_nukes"
    public static let nuclearIntentStatement: IndicatorKey = "nuclear_intent_statement"

    // MARK: - Threats and outlook

    public static let mainAdversary: IndicatorKey = "main_adversary"
    public static let mainAdversaryNuclearArmed: IndicatorKey = "main_adversary_nuclear_armed"
    public static let landBorderWithRussia: IndicatorKey = "land_border_with_russia"
    public static let publicDoubtUSDefence: IndicatorKey = "public_doubt_us_defence"
    public static let tradeShareChina: IndicatorKey = "trade_share_china"
}

import Testing
@testable import AllyModel

/// Each normalisation rule and classifier on its own.
@Suite struct ScoringNormalisationTests {
    // MARK: - Numeric rules

    @Test(arguments: [(-1.0, 0.0), (0.0, 0.0), (0.4, 0.4), (1.0, 1.0), (7.0, 1.0), (Double.nan, 0.0), (Double.infinity, 1.0)] as [(Double, Double)])
    func unitClamps(x: Double, expected: Double) {
        #expect(Normalisation.unit(x) == expected)
    }

    @Test func troopsScale() {
        func t(_ n: Double) -> Double { Normalisation.logCount(n, scale: 100, saturation: 100_000) }
        #expect(t(0) == 0)
        #expect(abs(t(100) - 0.10) < 0.005)
        #expect(abs(t(10_000) - 0.67) < 0.005)
        #expect(t(100_000) == 1)
        #expect(t(5_000_000) == 1)
        #expect(t(-50) == 0)
        #expect(t(1000) < t(1001))
    }

    @Test func ratioScaleIsSymmetric() {
        #expect(Normalisation.logRatio(1, span: 100) == 0.5)
        #expect(Normalisation.logRatio(100, span: 100) == 1)
        #expect(Normalisation.logRatio(1e9, span: 100) == 1)
        #expect(Normalisation.logRatio(0.01, span: 100) < 1e-12)
        #expect(abs(Normalisation.logRatio(10, span: 100) + Normalisation.logRatio(0.1, span: 100) - 1) < 1e-12)
        #expect(Normalisation.logRatio(0, span: 100) == 0)
    }

    @Test func closenessFallsWithDistance() {
        #expect(Normalisation.closeness(50, near: 100, far: 10_000) == 1)
        #expect(Normalisation.closeness(1_000, near: 100, far: 10_000) == 0.5)
        #expect(Normalisation.closeness(20_000, near: 100, far: 10_000) == 0)
    }

    @Test func cappedIsLinearThenFlat() {
        #expect(Normalisation.capped(0.25, cap: 0.5) == 0.5)
        #expect(Normalisation.capped(3, cap: 0.5) == 1)
        #expect(Normalisation.capped(1, cap: 0) == 0)
    }

    // MARK: - US tie

    @Test(arguments: [
        ("NATO founding member (North Atlantic Treaty, Art. 5)", USTieLevel.automaticTreaty),
        ("NATO member (Art. 5)", .automaticTreaty),
        ("Treaty of Mutual Cooperation and Security (US-Japan)", .consultativeTreaty),
        ("US-ROK Mutual Defense Treaty", .consultativeTreaty),
        ("ANZUS Treaty", .consultativeTreaty),
        ("US-Philippines Mutual Defense Treaty", .consultativeTreaty),
        ("Taiwan Relations Act (US law, no defence treaty)", .designated),
        ("No defence treaty; 10-year MOU on military aid", .designated),
        ("Major Non-NATO Ally; no treaty", .designated),
        ("Defense Cooperation Agreement (2017) + Major Defense Partner (2024)", .designated),
        ("No treaty; security partnership (arms sales, bases)", .informal),
        ("none", .noTie),
    ])
    func tieText(text: String, expected: USTieLevel) {
        #expect(USTieClassifier.classify(text: text) == expected)
    }

    @Test func unclassifiableTieIsUnknownNotNone() {
        #expect(USTieClassifier.classify(text: "friendly relations") == nil)
        #expect(USTieClassifier.classify(text: "amount unclear") == nil)
    }

    @Test func designationRaisesTieAndLeavingDropsTreaty() {
        var f = ScoringFixture.standard
        f.fact("alpha", "mnna_year", "1989", unit: "year", year: "1989")
        let d = f.dataset
        #expect(USTieClassifier.assess(ally: "alpha", in: d).level == .automaticTreaty)
        #expect(USTieClassifier.assess(ally: "alpha", in: d, leavingTreaty: true).level == .designated)
        #expect(USTieClassifier.assess(ally: "gamma", in: d).level == nil)
        f.fact("gamma", "us_security_executive_order", "attack on gamma is a threat to the US", unit: "text", year: "2025-09-29")
        #expect(USTieClassifier.assess(ally: "gamma", in: f.dataset).level == .designated)
    }

    @Test func tieLevelsAreOrderedAndNormalised() {
        #expect(USTieLevel.allCases.map(\.normalised) == [0, 0.25, 0.5, 0.75, 1])
        #expect(USTieLevel.automaticTreaty > .consultativeTreaty)
        #expect(USTieLevel.consultativeTreaty > .designated)
        #expect(USTieLevel.designated > .noTie)
    }

    // MARK: - Umbrella, money, reach

    @Test(arguments: [
        ("yes (NATO) + own arsenal", UmbrellaCoverage.covered),
        ("yes; Washington Declaration 2023", .covered),
        ("ambiguous (not formally stated)", .ambiguous),
        ("no formal commitment (strategic ambiguity)", .notCovered),
        ("no", .notCovered),
    ])
    func umbrellaText(text: String, expected: UmbrellaCoverage) {
        #expect(UmbrellaCoverage.classify(text: text) == expected)
    }

    @Test func umbrellaReliance() {
        #expect(UmbrellaCoverage.covered.reliance(ownWeapons: false) == 1)
        #expect(UmbrellaCoverage.covered.reliance(ownWeapons: true) < 1)
        #expect(UmbrellaCoverage.notCovered.reliance(ownWeapons: false) == 0)
        #expect(UmbrellaCoverage.classify(text: "maybe") == nil)
    }

    @Test(arguments: [
        ("USD bn (current)", 1e9), ("USD bn/yr", 1e9), ("USD bn/yr (all bilateral aid)", 1e9),
        ("USD m", 1e6), ("USD million", 1e6), ("USD", 1),
    ])
    func moneyUnits(unit: String, factor: Double) {
        #expect(MoneyUnit.dollars(per: unit) == factor)
    }

    @Test func unknownMoneyUnitsAreRejected() {
        #expect(MoneyUnit.dollars(per: "EUR bn") == nil)
        #expect(MoneyUnit.dollars(per: "USD zillions") == nil)
        #expect(MoneyUnit.dollars(per: "personnel") == nil)
    }

    /// One rule for "nuclear-armed": a count decides, else a yes/no figure, else unknown.
    @Test func nuclearStatusReadsTheCountThenTheYesNoFigure() {
        var f = ScoringFixture()
        for id in ["armed", "none", "textYes", "textNo", "gapThenNo", "silent"] { f.actor(id, .adversary, lat: 0, lon: 0) }
        f.fact("armed", "nuclear_warheads", "90", unit: "warheads")
        f.fact("armed", "nuclear_armed", "no", unit: "yes/no") // the count wins
        f.fact("none", "nuclear_warheads", "0", unit: "warheads")
        f.fact("textYes", "nuclear_armed", "Yes (undeclared)", unit: "yes/no")
        f.fact("textNo", "nuclear_armed", "no", unit: "yes/no")
        f.fact("gapThenNo", "nuclear_warheads", "unknown", unit: "warheads")
        f.fact("gapThenNo", "nuclear_armed", "no", unit: "yes/no")
        let d = f.dataset
        func status(_ id: String) -> NuclearStatus { NuclearStatus(of: id, in: d) }
        #expect(status("armed").armed == true && status("armed").evidence?.key == .nuclearWarheads)
        #expect(status("none").armed == false)
        #expect(status("textYes").armed == true && status("textYes").evidence?.key == .nuclearArmed)
        #expect(status("textNo").armed == false)
        #expect(status("gapThenNo").armed == false && status("gapThenNo").warheads?.value == .unknown)
        #expect(status("silent").armed == nil && status("silent").evidence == nil)
        // The posture agrees, a "no" without a count meaning no warheads.
        for id in ["armed", "none", "textYes", "textNo", "gapThenNo", "silent"] {
            #expect(NuclearPosture(actor: id, in: d).armed == status(id).armed, "\(id)")
        }
        #expect(NuclearPosture(actor: "textNo", in: d).warheads == 0)
        #expect(NuclearPosture(actor: "textYes", in: d).warheads == nil)
    }

    @Test func reachRules() {
        let d = ScoringFixture.standard.dataset
        let here = GeoPoint(lat: 0, lon: 0)
        // Red's reported missile flies 500 km, but it has strategic warheads: in reach anywhere.
        let red = NuclearPosture(actor: "red", in: d)
        #expect(red.maxRangeKm == 500)
        #expect(red.reach(from: here, to: GeoPoint(lat: 0, lon: 90)) == .strategic(distanceKm: here.distanceKm(to: GeoPoint(lat: 0, lon: 90))))
        // Blue's range is the upper end of "1300-2000".
        let blue = NuclearPosture(actor: "blue", in: d)
        #expect(blue.maxRangeKm == 2000)
        #expect(!blue.reach(from: here, to: GeoPoint(lat: 0, lon: 30)).inReach)
        #expect(blue.reach(from: here, to: GeoPoint(lat: 0, lon: 10)).inReach)
        // No range data at all: assumed in reach, and said so.
        let bare = NuclearPosture(actor: "x", armed: true, warheads: 10)
        if case .assumed = bare.reach(from: here, to: GeoPoint(lat: 0, lon: 170)) {} else { Issue.record("expected an assumption") }
        #expect(bare.reach(from: here, to: GeoPoint(lat: 0, lon: 170)).text.contains("assumed"))
    }

    @Test func arsenalFactor() {
        #expect(NuclearPosture(actor: "a", armed: false, warheads: 0).arsenalFactor == 0)
        #expect(NuclearPosture(actor: "a", armed: nil, warheads: nil).arsenalFactor == nil)
        #expect(NuclearPosture(actor: "a", armed: true, warheads: nil).arsenalFactor == 0.5)
        let nk = NuclearPosture(actor: "a", armed: true, warheads: 50).arsenalFactor!
        let cn = NuclearPosture(actor: "a", armed: true, warheads: 600).arsenalFactor!
        #expect(nk > 0.5 && nk < 0.6)
        #expect(cn > 0.9 && cn < 1)
        #expect(NuclearPosture(actor: "a", armed: true, warheads: 5459).arsenalFactor == 1)
    }

    @Test func ownDeterrentStrength() {
        #expect(OwnDeterrent.strength(NuclearPosture(actor: "a", armed: true, warheads: 90)) == 1)
        #expect(OwnDeterrent.strength(NuclearPosture(actor: "a", armed: false, warheads: 0, latent: true)) == 0.2)
        #expect(OwnDeterrent.strength(NuclearPosture(actor: "a", armed: false, warheads: 0)) == 0)
        #expect(OwnDeterrent.strength(NuclearPosture(actor: "a", armed: nil, warheads: nil)) == nil)
    }

    @Test func riskLevels() {
        #expect(RiskLevel.level(for: 0) == .low)
        #expect(RiskLevel.level(for: 34.9) == .low)
        #expect(RiskLevel.level(for: 35) == .medium)
        #expect(RiskLevel.level(for: 59.9) == .medium)
        #expect(RiskLevel.level(for: 60) == .high)
        #expect(RiskLevel.level(for: 100) == .high)
    }
}

import AllyModel

extension Region {
    /// The key that shows this region: its position among the ally regions, 0 for the world.
    /// Derived, so a new region in `Region.allyRegions` gets the next digit, a tab and a help line.
    public var key: Character {
        guard let i = Region.allyRegions.firstIndex(of: self) else { return "0" }
        return Character(String(i + 1))
    }

    /// The regions in tab order: the ally regions, then the world.
    public static var tabOrder: [Region] { allyRegions + [.world] }
}

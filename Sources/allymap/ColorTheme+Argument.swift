import AllyTUI
import ArgumentParser

/// `--theme dark|light|colorblind` on the explorer.
extension ColorTheme: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

import AllyModel
import ArgumentParser

/// `--region middle-east|europe|asia|world` on every command; aliases such as `me` also parse.
extension Region: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

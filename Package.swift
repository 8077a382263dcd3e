// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "allymap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "allymap", targets: ["allymap"]),
        .library(name: "AllyModel", targets: ["AllyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C
        // No pkgConfig: ncursesw.pc only adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which SwiftPM
        // drops with a warning on every build; the modulemap links ncursesw and shim.h finds its headers.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        // Core
        .target(name: "AllyModel"),
        .target(name: "AllyTUI", dependencies: ["AllyModel"]),
        .target(name: "AllyReports", dependencies: ["AllyModel"]),
        // Backend
        .target(name: "AllyTerminal", dependencies: ["AllyTUI", "CNcurses"]),
        // App
        .executableTarget(
            name: "allymap",
            dependencies: [
                "AllyModel",
                "AllyReports",
                "AllyTUI",
                "AllyTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bench", dependencies: ["AllyModel", "AllyTUI", "AllySynthetic"]),
        // Terminal baselines: bare ncurses (ttyprobe floor) and the backend's own echo demo (e2e)
        .executableTarget(name: "floor", dependencies: ["CNcurses"]),
        .executableTarget(name: "termdemo", dependencies: ["AllyTUI", "AllyTerminal"]),
        // Made-up data of any size for bench and the scale tests; kept out of the AllyModel product
        .target(name: "AllySynthetic", dependencies: ["AllyModel"]),
        // Tests
        .target(name: "AllyTestSupport", dependencies: ["AllyTUI"]),
        .testTarget(name: "AllyModelTests", dependencies: ["AllyModel", "AllySynthetic"]),
        .testTarget(name: "AllyReportsTests", dependencies: ["AllyReports", "AllyModel", "AllyTestSupport"]),
        .testTarget(name: "AllyTUITests", dependencies: ["AllyTUI", "AllyModel", "AllySynthetic", "AllyTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "AllyTerminalTests", dependencies: ["AllyTerminal", "AllyTestSupport", "floor", "termdemo"]),
        .testTarget(name: "AllyCLITests", dependencies: ["allymap", "AllyTestSupport"]),
    ]
)

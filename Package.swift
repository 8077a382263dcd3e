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
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
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
        .executableTarget(name: "bench", dependencies: ["AllyModel", "AllyTUI"]),
        // Terminal baselines: bare ncurses (ttyprobe floor) and the backend's own echo demo (e2e)
        .executableTarget(name: "floor", dependencies: ["CNcurses"]),
        .executableTarget(name: "termdemo", dependencies: ["AllyTUI", "AllyTerminal"]),
        // Tests
        .target(name: "AllyTestSupport", dependencies: ["AllyTUI"], path: "Sources/AllyTestSupport"),
        .testTarget(name: "AllyModelTests", dependencies: ["AllyModel"]),
        .testTarget(name: "AllyReportsTests", dependencies: ["AllyReports", "AllyModel", "AllyTestSupport"]),
        .testTarget(name: "AllyTUITests", dependencies: ["AllyTUI", "AllyModel", "AllyTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "AllyTerminalTests", dependencies: ["AllyTerminal", "AllyTestSupport", "floor", "termdemo"]),
        .testTarget(name: "AllyCLITests", dependencies: ["allymap", "AllyTestSupport"]),
    ]
)

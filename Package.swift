// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "ProfileLedger",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "profiles", targets: ["profiles"]),
    .library(name: "ProfileModel", targets: ["ProfileModel"]),
    .library(name: "ProfileParsing", targets: ["ProfileParsing"]),
    .library(name: "EventStore", targets: ["EventStore"]),
    .library(name: "DiffEngine", targets: ["DiffEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // Values: profiles, the indicator catalog, countries, canonical form.
    .target(
      name: "ProfileModel",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]
    ),
    // Text ⇄ Profile: the catalog-driven reader, its diagnostics, and the document writer.
    .target(name: "ProfileParsing", dependencies: ["ProfileModel"]),
    // What changed between two revisions: a pure function of two profiles.
    .target(name: "DiffEngine", dependencies: ["ProfileModel"]),
    // The system's zlib, for compressing stored documents.
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // The append-only event log and its projections, on SQLite.
    .target(
      name: "EventStore",
      dependencies: [
        "ProfileModel", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // Renderers: values in, text out. The store's and the diff engine's values are their input.
    .target(name: "Reports", dependencies: ["ProfileModel", "DiffEngine", "EventStore"]),
    // The command.
    .executableTarget(
      name: "profiles",
      dependencies: [
        "ProfileModel", "ProfileParsing", "Reports", "EventStore", "DiffEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-mode measurements: `swift run -c release profiles-benchmark`.
    .executableTarget(
      name: "profiles-benchmark",
      dependencies: [
        "ProfileModel", "ProfileParsing", "EventStore", "DiffEngine", "Reports",
        "ProfileTestSupport", .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // Test helpers: golden files, fixtures, seeded randomness. Not part of any product.
    .target(name: "ProfileTestSupport", dependencies: ["ProfileModel", "ProfileParsing"]),
    .testTarget(
      name: "ProfileModelTests", dependencies: ["ProfileModel", "ProfileParsing", "ProfileTestSupport"]),
    .testTarget(
      name: "ProfileParsingTests",
      dependencies: ["ProfileParsing", "ProfileModel", "ProfileTestSupport"],
      exclude: ["Fixtures", "Golden"]
    ),
    .testTarget(
      name: "DiffEngineTests",
      dependencies: ["DiffEngine", "ProfileModel", "ProfileParsing", "ProfileTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "EventStoreTests",
      dependencies: [
        "EventStore", "ProfileParsing", "ProfileModel", "ProfileTestSupport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "EventStore", "DiffEngine", "ProfileModel", "ProfileParsing",
        "ProfileTestSupport",
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "profilesTests",
      dependencies: [
        "profiles", "ProfileTestSupport", "ProfileModel", "ProfileParsing", "EventStore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)

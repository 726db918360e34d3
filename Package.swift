// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "ProfileLedger",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "profiles", targets: ["profiles"]),
    .library(name: "ProfileModel", targets: ["ProfileModel"]),
    .library(name: "ProfileParsing", targets: ["ProfileParsing"]),
    .library(name: "LedgerModel", targets: ["LedgerModel"]),
    .library(name: "EventStore", targets: ["EventStore"]),
    .library(name: "DiffEngine", targets: ["DiffEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    // Hummingbird's own; the server reads its errors (why it could not listen).
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // Values: profiles, the indicator catalog, countries, canonical form.
    .target(
      name: "ProfileModel",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]
    ),
    // `Array.concurrentMap`: independent work spread over every core, results in order.
    .target(name: "ParallelMap"),
    // The generated sources that embed each module's files, and their generator:
    // `swift run embed-resources`.
    .target(name: "ResourceEmbedding"),
    .executableTarget(name: "embed-resources", dependencies: ["ResourceEmbedding"]),
    // Text ⇄ Profile: the catalog-driven reader, its diagnostics, and the document writer.
    .target(name: "ProfileParsing", dependencies: ["ProfileModel"]),
    // What changed between two revisions: a pure function of two profiles.
    .target(name: "DiffEngine", dependencies: ["ProfileModel"]),
    // The store's vocabulary as values: revisions, changes, events, outcomes. What reports
    // and the server are given, without the store's engine.
    .target(name: "LedgerModel", dependencies: ["ProfileModel"]),
    // The system's zlib, for compressing stored documents.
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // The append-only event log and its projections, on SQLite.
    .target(
      name: "EventStore",
      dependencies: [
        "ProfileModel", "LedgerModel", "DiffEngine", "ParallelMap", "CZlib",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // Recording documents in a store as `profiles ingest` does, for any caller: paths in,
    // outcomes, diagnostics and progress out as values.
    .target(
      name: "Ingestion",
      dependencies: ["ProfileModel", "ProfileParsing", "LedgerModel", "EventStore", "ParallelMap"]),
    // Renderers: values in, text out. The store's and the diff engine's values are their input.
    .target(
      name: "Reports", dependencies: ["ProfileModel", "LedgerModel", "DiffEngine", "ParallelMap"]),
    // The auditor's web view and JSON API over a store, read-only.
    .target(
      name: "ProfileServer",
      dependencies: [
        "ProfileModel", "LedgerModel", "EventStore", "DiffEngine", "Reports", "Ingestion",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ],
      exclude: ["Templates"]
    ),
    // The command.
    .executableTarget(
      name: "profiles",
      dependencies: [
        "ProfileModel", "ProfileParsing", "LedgerModel", "Reports", "EventStore", "DiffEngine",
        "ProfileServer", "Ingestion", "PostgresStore",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-mode measurements: `swift run -c release profiles-benchmark`.
    .executableTarget(
      name: "profiles-benchmark",
      dependencies: [
        "ProfileModel", "ProfileParsing", "LedgerModel", "EventStore", "DiffEngine", "Reports",
        "Ingestion", "ParallelMap", "ProfileTestSupport", "PostgresStore", "ProfileServer",
        .product(name: "Crypto", package: "swift-crypto"),
        // `pages` times the server's routes through its router, without a socket.
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // Test helpers: golden files, fixtures, seeded randomness. Not part of any product.
    .target(
      name: "ProfileTestSupport",
      dependencies: ["ProfileModel", "ProfileParsing", "EventStore", "ResourceEmbedding"]),
    // The log on a shared PostgreSQL server, which stores on several machines replicate:
    // where it is (`postgres://…`), how to reach it, its schema, its reads and appends.
    .target(
      name: "PostgresStore",
      dependencies: [
        "LedgerModel", "ProfileModel", "EventStore",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // Tests' stores on each engine: SQLite, and PostgreSQL on the server tests are given.
    .target(name: "StoreTestSupport", dependencies: ["EventStore", "PostgresStore"]),
    .testTarget(
      name: "PostgresStoreTests",
      dependencies: [
        "PostgresStore", "ProfileTestSupport", "LedgerModel", "EventStore", "StoreTestSupport",
        "ProfileParsing", "ProfileModel",
      ]),
    .testTarget(
      name: "ProfileModelTests",
      dependencies: [
        "ProfileModel", "ProfileParsing", "ProfileTestSupport", "ResourceEmbedding", "ParallelMap",
      ]),
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
        "EventStore", "LedgerModel", "ProfileParsing", "ProfileModel", "ProfileTestSupport",
        "StoreTestSupport", "DiffEngine",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(
      name: "IngestionTests",
      dependencies: [
        "Ingestion", "EventStore", "LedgerModel", "ProfileModel", "ProfileParsing",
        "ProfileTestSupport",
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "EventStore", "LedgerModel", "DiffEngine", "ProfileModel", "ProfileParsing",
        "ProfileTestSupport",
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "ProfileServerTests",
      dependencies: [
        "ProfileServer", "EventStore", "Ingestion", "LedgerModel", "ProfileModel", "ProfileParsing",
        "ProfileTestSupport", "ResourceEmbedding",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        // The reference the pages' template engine is checked against.
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .testTarget(
      name: "profilesTests",
      dependencies: [
        "profiles", "ProfileTestSupport", "ProfileModel", "ProfileParsing", "LedgerModel",
        "EventStore", "StoreTestSupport", "PostgresStore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)

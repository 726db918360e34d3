import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// The server the tests run against: `PROFILES_TEST_POSTGRES`, as `Scripts/postgres-cluster
/// start DIR` prints it. Without one, these tests are skipped, and say so.
enum TestServer {
  static let address: PostgresAddress? = ProcessInfo.processInfo.environment[
    "PROFILES_TEST_POSTGRES"
  ].flatMap { try? PostgresAddress($0) }

  static let skip = "no PostgreSQL server: set PROFILES_TEST_POSTGRES (Scripts/postgres-cluster)"

  /// Runs `body` on a new, empty database of the test server, dropped afterwards.
  static func withNewDatabase(_ body: @Sendable (PostgresAddress) async throws -> Void)
    async throws
  {
    let server = try #require(address)
    var fresh = server
    fresh.database = "profiles_test_\(UUID().uuidString.prefix(8).lowercased())"
    let name = fresh.database
    try await PostgresLog.withLog(at: server, password: server.password()) { log in
      try await log.execute("CREATE DATABASE \(name)")
    }
    do {
      try await body(fresh)
    } catch {
      try? await drop(name, on: server)
      throw error
    }
    try await drop(name, on: server)
  }

  static func drop(_ name: String, on server: PostgresAddress) async throws {
    try await PostgresLog.withLog(at: server, password: server.password()) { log in
      try await log.execute("DROP DATABASE \(name) WITH (FORCE)")
    }
  }
}

@Suite(.enabled(if: TestServer.address != nil, Comment(rawValue: TestServer.skip)))
struct PostgresLogTests {
  @Test func migrationsApplyOnceAndTheLogRefusesChanges() async throws {
    try await TestServer.withNewDatabase { address in
      try await PostgresLog.withLog(at: address, password: address.password()) { log in
        #expect(try await log.migrate() == PostgresLog.migrations.map(\.0))
        #expect(try await log.migrate() == [], "a second run applies nothing")
        #expect(try await log.appliedMigrations() == PostgresLog.migrations.map(\.0))
        try await log.execute("INSERT INTO sources (hash, size, zlib) VALUES ('h', 1, '\\x00')")
        for statement in [
          "UPDATE sources SET size = 2", "DELETE FROM sources", "TRUNCATE sources",
          "TRUNCATE events",
        ] {
          await #expect(throws: (any Error).self, "\(statement) was not refused") {
            try await log.execute(statement)
          }
        }
        #expect(try await log.count("sources") == 1)
      }
    }
  }
}
